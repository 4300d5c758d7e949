package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Arrays;
import java.util.Objects;

/** A file sent along with a mail. Holds its own copy of the bytes. */
public final class Attachment {

    private final String fileName;
    private final String mediaType;
    private final byte[] content;

    public Attachment(String fileName, String mediaType, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.content = Objects.requireNonNull(content, "content").clone();
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new InvalidInput("An attachment needs a plain file name, was '" + fileName + "'");
        }
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
