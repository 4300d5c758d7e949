// The one way the UI talks to the API: same origin, JSON, problem+json turned into ApiError. The access token lives
// in this module's memory only; the refresh token never reaches a script at all: identity keeps it in an HttpOnly
// cookie scoped to /api/v1/auth, asked for and presented with the X-Session-Cookie header (identity's
// SessionCookies), so a reload restores the session from that cookie. Nothing is kept in localStorage but a flag
// that a session may exist, which spares visitors who never signed in a refresh that must fail.

const MAX_RETRY_AFTER_SECONDS = 10;
const SESSION_COOKIE = { 'X-Session-Cookie': '1' };
const MAY_HAVE_SESSION = 'evently.mayHaveSession';

let session = null; // { accessToken, expiresAt }
let refreshing = null; // the refresh in flight: requests that need one at the same moment share it
const listeners = new Set();

export class ApiError extends Error {
    constructor(status, problem, retryAfterSeconds) {
        super(problem?.detail || problem?.title || `Request failed (${status})`);
        this.status = status;
        this.problem = problem ?? {};
        this.retryAfterSeconds = retryAfterSeconds;
        // validation-failed lists {field, message}; the UI shows each next to its input
        this.fieldErrors = Object.fromEntries((problem?.errors ?? []).map((e) => [e.field, e.message]));
    }

    /** The last part of the problem type, e.g. "sold-out". */
    get slug() {
        return (this.problem.type ?? '').split('/').pop();
    }
}

export function signedIn() {
    return session !== null;
}

/** The claims of the access token: sub, roles (USER, ORGANIZER, ADMIN: they decide which pages the menu offers)… */
function claims() {
    if (!session) return {};
    try {
        const payload = session.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
        return JSON.parse(atob(payload));
    } catch {
        return {};
    }
}

export function roles() {
    return claims().roles ?? [];
}

export function onSessionChange(listener) {
    listeners.add(listener);
}

function setSession(tokens) {
    session = tokens && {
        accessToken: tokens.accessToken,
        expiresAt: Date.now() + (tokens.expiresIn ?? 900) * 1000,
    };
    try {
        if (session) localStorage.setItem(MAY_HAVE_SESSION, '1');
        else localStorage.removeItem(MAY_HAVE_SESSION);
    } catch {
        // storage may be switched off: the session then lasts as long as the page
    }
    listeners.forEach((listener) => listener(signedIn()));
}

export async function logIn(email, password) {
    setSession(await request('POST', '/api/v1/auth/login',
        { body: { email, password }, headers: SESSION_COOKIE, anonymous: true }));
}

export async function logOut() {
    // identity revokes the cookie's session and tells the browser to drop the cookie; only then does the page say it
    // is signed out, so that a reload right after cannot find the cookie. Best effort: the access token goes anyway.
    await request('POST', '/api/v1/auth/logout', { headers: SESSION_COOKIE, anonymous: true }).catch(() => {});
    setSession(null);
}

/**
 * After a reload: a new access token from the cookie, if the browser holds one. Quietly signed out otherwise.
 * @return whether a session was restored
 */
export async function restoreSession() {
    let mayHaveSession = true;
    try {
        mayHaveSession = localStorage.getItem(MAY_HAVE_SESSION) !== null;
    } catch {
        // without storage, ask the server
    }
    return mayHaveSession && refresh();
}

function refresh() {
    refreshing ??= request('POST', '/api/v1/auth/refresh', { headers: SESSION_COOKIE, anonymous: true })
        .then((tokens) => {
            setSession(tokens);
            return true;
        }, (error) => {
            // refused (401, or 403 for a disabled account): the session is over. Anything else (unreachable, busy)
            // says nothing about it: the next attempt may succeed.
            if (error instanceof ApiError && (error.status === 401 || error.status === 403)) setSession(null);
            return false;
        })
        .finally(() => {
            refreshing = null;
        });
    return refreshing;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param options.body        sent as JSON
 * @param options.headers     extra headers (e.g. Idempotency-Key)
 * @param options.anonymous   never send the token
 * @param options.as          'json' (default), 'blob', or 'tagged' ({ data, etag }: the JSON and the ETag a later
 *                            If-Match names)
 * @param options.fresh       revalidate with the server instead of taking a copy the browser cached (published
 *                            events are cacheable for everyone; whoever manages one wants its state now)
 * @param options.retryable   may be sent again after a 429/503 with Retry-After (reads, and writes that carry an
 *                            Idempotency-Key, whose repeat the server recognises)
 */
export async function request(method, path, options = {}) {
    const { body, headers = {}, anonymous = false, as = 'json', fresh = false } = options;
    const retryable = options.retryable ?? (method === 'GET' || 'Idempotency-Key' in headers);
    for (let attempt = 0; ; attempt++) {
        if (!anonymous && session && Date.now() > session.expiresAt - 30_000) await refresh();
        const sent = { Accept: as === 'blob' ? '*/*' : 'application/json', ...headers };
        if (body !== undefined) sent['Content-Type'] = 'application/json';
        if (!anonymous && session) sent.Authorization = `Bearer ${session.accessToken}`;
        let response;
        try {
            response = await fetch(path, {
                method,
                headers: sent,
                body: body === undefined ? undefined : JSON.stringify(body),
                credentials: 'same-origin',
                cache: fresh ? 'no-cache' : 'default',
            });
        } catch {
            throw new ApiError(0, { title: 'The service cannot be reached. Check your connection and try again.' });
        }
        if (response.ok) {
            if (as === 'blob') return response.blob();
            // 202 and 204 (forgot password, logout) carry no body
            const text = await response.text();
            const data = text ? JSON.parse(text) : null;
            return as === 'tagged' ? { data, etag: response.headers.get('ETag') } : data;
        }
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        if ((response.status === 429 || response.status === 503) && retryAfter !== null && retryable
            && attempt === 0 && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
            await sleep(retryAfter * 1000);
            continue;
        }
        if (response.status === 401 && !anonymous && session && attempt === 0 && await refresh()) {
            continue;
        }
        const problem = await response.json().catch(() => ({ title: response.statusText || `HTTP ${response.status}` }));
        if (response.status === 401 && !anonymous) setSession(null);
        throw new ApiError(response.status, problem, retryAfter);
    }
}

function parseRetryAfter(value) {
    if (value === null) return null;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A fresh key per attempt the user makes; retries of that attempt reuse it. */
export function idempotencyKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // randomUUID exists only in secure contexts (HTTPS, localhost); the same version-4 UUID from random bytes
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const api = {
    get: (path, options) => request('GET', path, options),
    post: (path, body, options = {}) => request('POST', path, { ...options, body }),
    patch: (path, body, options = {}) => request('PATCH', path, { ...options, body }),
    put: (path, body, options = {}) => request('PUT', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
};

/**
 * A CSV export fetched with the access token, offered as a file from memory: a plain link could not send the token.
 * @return {{ url, name, rows }} the blob: URL (the caller revokes it), a file name and how many data rows it holds
 */
export async function csvDownload(path, name) {
    const csv = await request('GET', path, { as: 'blob', headers: { Accept: 'text/csv' } });
    const text = await csv.text();
    return { url: URL.createObjectURL(csv), name, rows: Math.max(0, csvRecords(text) - 1) };
}

/** Records in a CSV text: line breaks inside quoted fields do not end one. */
function csvRecords(text) {
    let records = 0;
    let quoted = false;
    let empty = true;
    for (const char of text) {
        if (char === '"') quoted = !quoted;
        if (char === '\n' && !quoted) {
            if (!empty) records++;
            empty = true;
        } else if (char !== '\r') {
            empty = false;
        }
    }
    return empty ? records : records + 1;
}
