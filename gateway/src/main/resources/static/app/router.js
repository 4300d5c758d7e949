// History routing. Every path here is also served as the page by the gateway (ui.UiPages.PATHS): keep them in step.

const ROUTES = [
    ['events', /^\/(?:events)?$/],
    ['event', /^\/events\/([0-9a-fA-F-]{36})$/],
    ['login', /^\/login$/],
    ['register', /^\/register$/],
    ['forgot-password', /^\/forgot-password$/],
    ['reset-password', /^\/reset-password$/],
    ['bookings', /^\/bookings$/],
    ['booking', /^\/bookings\/([0-9a-fA-F-]{36})$/],
    ['tickets', /^\/tickets$/],
    ['ticket-claim', /^\/tickets\/claim$/],
    ['profile', /^\/profile$/],
    ['waitlist-offer', /^\/waitlist-offers\/([0-9a-fA-F-]{36})$/],
    ['organizer-events', /^\/organizer$/],
    ['event-editor', /^\/organizer\/events\/(new|[0-9a-fA-F-]{36})$/],
    ['attendees', /^\/organizer\/events\/([0-9a-fA-F-]{36})\/attendees$/],
    ['scanner', /^\/organizer\/events\/([0-9a-fA-F-]{36})\/scan$/],
    ['analytics', /^\/organizer\/events\/([0-9a-fA-F-]{36})\/analytics$/],
    ['admin-users', /^\/admin\/users$/],
    ['admin-audit', /^\/admin\/audit-log$/],
    ['admin-notifications', /^\/admin\/notifications$/],
    ['admin-events', /^\/admin\/events$/],
];

/** Pages for organizers (and admins, who may manage every event) and pages for admins only. */
export const ORGANIZER_PAGES = ['organizer-events', 'event-editor', 'attendees', 'scanner', 'analytics'];
export const ADMIN_PAGES = ['admin-users', 'admin-audit', 'admin-notifications', 'admin-events'];

/** Pages that need a signed-in user: anyone else is sent to the login page and back afterwards. */
export const PRIVATE = new Set(['bookings', 'booking', 'tickets', 'ticket-claim', 'profile', 'waitlist-offer', ...ORGANIZER_PAGES, ...ADMIN_PAGES]);

export function match(location) {
    const url = new URL(location, window.location.origin);
    for (const [name, pattern] of ROUTES) {
        const found = pattern.exec(url.pathname);
        if (found) return { name, id: found[1] ?? null, query: Object.fromEntries(url.searchParams), path: url.pathname + url.search };
    }
    return { name: 'not-found', id: null, query: {}, path: url.pathname };
}

/** Follows same-origin links inside the page instead of reloading it. */
export function interceptLinks(navigate) {
    document.addEventListener('click', (event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const link = event.target.closest('a[href]');
        if (!link || link.target || link.hasAttribute('download')) return;
        const url = new URL(link.href, window.location.origin);
        if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
        event.preventDefault();
        navigate(url.pathname + url.search);
    });
}
