package com.evently.ticketing.notification.domain;

/** Text placed into the HTML body of a mail. */
final class Html {

    /** Names, titles and links come from elsewhere: they must never become markup in someone's inbox. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private Html() {
    }
}
