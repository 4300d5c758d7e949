// Finding an event: the search form with the public search's filters, its results as a list of cards or as a month
// calendar. The address holds the whole search (filters, page, view, month), so that a reload, the back button and
// a shared link show the same results: the form only writes the address, and the page reads it.
import { api } from './api.js';

const LIST_PAGE_SIZE = 12;
/** The search API's largest page; the calendar asks for pages of it until it has the whole month. */
const CALENDAR_PAGE_SIZE = 100;
/** A month of more events than this is shown in part, with a note asking to narrow the search. */
const CALENDAR_PAGE_LIMIT = 10;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = [
    { value: '', label: 'Best match, else soonest' },
    { value: 'startsAt', label: 'Soonest first' },
    { value: 'startsAt,desc', label: 'Latest first' },
    { value: 'title', label: 'Title (A to Z)' },
];
/** The filters the address and the form share, in the order the address lists them. */
const TEXT_FILTERS = ['q', 'from', 'to', 'venue', 'ticketType', 'minPrice', 'maxPrice', 'currency', 'sort'];
/** Those folded under "More filters" (all but the words); the calendar has its month instead of dates and order. */
const MORE_FILTERS = ['from', 'to', 'sort', 'venue', 'ticketType', 'minPrice', 'maxPrice', 'currency', 'available'];
const LIST_ONLY_FILTERS = new Set(['from', 'to', 'sort']);
/** Counts the searches shown: an answer to an older one (a month clicked past quickly) is dropped, not shown. */
let latestSearch = 0;

export function eventBrowsing() {
    return {
        search: emptySearch(),
        results: { items: [], page: { number: 0, totalPages: 0, totalElements: 0 } },
        searched: false,
        calendar: { month: '', weeks: [], busyDays: [], sessions: 0, partial: false },

        /** Shows the search the address describes: the list's page, or the calendar's month. */
        async loadEvents() {
            const search = ++latestSearch;
            this.search = searchOf(this.route.query);
            this.searched = false;
            // a search that uses a folded filter shows it; one that does not leaves the fold as the user left it
            if (this.moreFiltersInUse() > 0) this.openMoreFilters();
            if (this.search.view === 'calendar') {
                await this.loadCalendar(search);
                return;
            }
            const params = this.filterParams();
            if (this.search.from) params.set('from', this.search.from);
            if (this.search.to) params.set('to', this.search.to);
            if (this.search.sort) params.set('sort', this.search.sort);
            params.set('page', this.search.page);
            params.set('size', LIST_PAGE_SIZE);
            const results = await api.get(`/api/v1/events?${params}`, { anonymous: true });
            if (search !== latestSearch) return;
            this.results = results;
            this.searched = true;
        },

        /** Every event with a session starting in the month, a page of the largest size after the other. */
        async loadCalendar(search) {
            const month = this.search.month;
            const [first, last] = monthBounds(month);
            const params = this.filterParams();
            params.set('from', first);
            params.set('to', last);
            params.set('sort', 'startsAt');
            params.set('size', CALENDAR_PAGE_SIZE);
            const events = [];
            let partial = false;
            for (let page = 0; ; page++) {
                params.set('page', page);
                const answer = await api.get(`/api/v1/events?${params}`, { anonymous: true });
                if (search !== latestSearch) return;
                events.push(...answer.items);
                if (page + 1 >= (answer.page?.totalPages ?? 0)) break;
                if (page + 1 >= CALENDAR_PAGE_LIMIT) {
                    partial = true;
                    break;
                }
            }
            const weeks = monthGrid(month, todayKey());
            const days = new Map(weeks.flatMap((week) => week.days).filter((day) => day.date).map((day) => [day.date, day]));
            let sessions = 0;
            for (const event of events) {
                for (const session of event.sessions ?? []) {
                    const day = days.get(dayInZone(session.startsAt, event.timeZone));
                    if (!day) continue;
                    day.sessions.push({
                        key: `${event.id}/${session.id}`,
                        startsAt: session.startsAt,
                        title: event.title,
                        path: `/events/${event.id}`,
                        detail: [timeInZone(session.startsAt, event.timeZone), session.name].filter(Boolean).join(' · '),
                    });
                    sessions++;
                }
            }
            days.forEach((day) => day.sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
            const busyDays = [...days.values()].filter((day) => day.sessions.length > 0);
            this.calendar = { month, weeks, busyDays, sessions, partial };
            this.searched = true;
        },

        /** The filters both views apply: the list adds its dates, order and page, the calendar its month. */
        filterParams() {
            const params = new URLSearchParams();
            for (const name of ['q', 'venue', 'ticketType', 'minPrice', 'maxPrice', 'currency']) {
                const value = String(this.search[name] ?? '').trim();
                if (value) params.set(name, name === 'currency' ? value.toUpperCase() : value);
            }
            if (this.search.available) params.set('available', 'true');
            return params;
        },

        submitSearch() {
            const { minPrice, maxPrice, currency } = this.search;
            // the API compares prices within one currency only: say so at the field rather than after a round trip
            if ((String(minPrice).trim() || String(maxPrice).trim()) && !String(currency).trim()) {
                this.openMoreFilters();
                this.fieldErrors = { currency: 'Prices need a currency, such as EUR.' };
                this.banner = { kind: 'error', text: 'Please correct the highlighted fields.' };
                return;
            }
            this.navigate(this.searchPath({ page: 0 }));
        },

        /** The address of this search with some of its parts changed (page, view, month). */
        searchPath(changes = {}) {
            const search = { ...this.search, ...changes };
            const params = new URLSearchParams();
            for (const name of TEXT_FILTERS) {
                const value = String(search[name] ?? '').trim();
                if (value) params.set(name, name === 'currency' ? value.toUpperCase() : value);
            }
            if (search.available) params.set('available', 'true');
            if (search.view === 'calendar') {
                params.set('view', 'calendar');
                params.set('month', search.month);
            } else if (search.page > 0) {
                params.set('page', search.page);
            }
            const query = params.toString();
            return query ? `/events?${query}` : '/events';
        },

        /** How many of the folded filters the form has set (those the current view applies). */
        moreFiltersInUse() {
            return MORE_FILTERS.filter((name) => !(this.showsCalendar() && LIST_ONLY_FILTERS.has(name)))
                .filter((name) => (name === 'available' ? this.search.available : String(this.search[name] ?? '').trim() !== ''))
                .length;
        },
        moreFiltersLabel() {
            const inUse = this.moreFiltersInUse();
            return inUse === 0 ? 'More filters' : `More filters (${inUse} in use)`;
        },
        openMoreFilters() {
            if (this.$refs.moreFilters) this.$refs.moreFilters.open = true;
        },

        sortOptions() { return SORTS; },
        showsCalendar() { return this.search.view === 'calendar'; },
        showsList() { return this.search.view !== 'calendar'; },
        listPath() { return this.searchPath({ view: 'list', page: 0 }); },
        calendarPath() { return this.searchPath({ view: 'calendar', month: this.search.month || this.startMonth() }); },
        listCurrent() { return this.showsList() ? 'page' : null; },
        calendarCurrent() { return this.showsCalendar() ? 'page' : null; },
        /** The calendar opens on the month the list's dates begin in, else this month. */
        startMonth() { return DAY.test(this.search.from) ? this.search.from.slice(0, 7) : todayKey().slice(0, 7); },

        hasPrevious() { return this.search.page > 0; },
        hasNext() { return this.search.page + 1 < (this.results.page?.totalPages ?? 0); },
        previousPage() { this.navigate(this.searchPath({ page: this.search.page - 1 })); },
        nextPage() { this.navigate(this.searchPath({ page: this.search.page + 1 })); },
        noResults() { return this.searched && this.showsList() && this.results.items.length === 0; },

        previousMonthPath() { return this.searchPath({ month: shiftMonth(this.search.month, -1) }); },
        nextMonthPath() { return this.searchPath({ month: shiftMonth(this.search.month, 1) }); },
        monthTitle() { return monthName(this.search.month); },
        previousMonthLabel() { return `Previous month, ${monthName(shiftMonth(this.search.month, -1))}`; },
        nextMonthLabel() { return `Next month, ${monthName(shiftMonth(this.search.month, 1))}`; },
        weekdays() { return WEEKDAYS; },
        calendarEmpty() { return this.searched && this.showsCalendar() && this.calendar.sessions === 0; },
        calendarPartial() { return this.showsCalendar() && this.calendar.partial; },
        dayClass(day) {
            return ['day', day.date ? '' : 'day-outside', day.today ? 'day-today' : '', day.sessions.length ? 'day-busy' : '']
                .filter(Boolean).join(' ');
        },
        dayCurrent(day) { return day.today ? 'date' : null; },
        hasSessions(day) { return day.sessions.length > 0; },

        eventPath(event) { return `/events/${event.id}`; },

        firstStart(event) {
            const starts = (event.sessions ?? []).map((session) => session.startsAt).sort();
            return starts.length ? this.when(starts[0], event.timeZone) : '';
        },
    };
}

function emptySearch() {
    return {
        q: '', from: '', to: '', available: false, venue: '', ticketType: '', minPrice: '', maxPrice: '', currency: '',
        sort: '', page: 0, view: 'list', month: '',
    };
}

/** The search an address asks for; what cannot be read falls back to "any" (the API judges the rest). */
function searchOf(query) {
    const search = emptySearch();
    for (const name of TEXT_FILTERS) search[name] = query[name] ?? '';
    search.available = query.available === 'true';
    const page = Number.parseInt(query.page ?? '0', 10);
    search.page = Number.isFinite(page) && page > 0 ? page : 0;
    if (query.view === 'calendar') {
        search.view = 'calendar';
        search.month = MONTH.test(query.month ?? '') ? query.month
            : (DAY.test(search.from) ? search.from.slice(0, 7) : todayKey().slice(0, 7));
    }
    return search;
}

// --- dates: calendar days are plain 'YYYY-MM-DD' strings, computed in UTC so that no local offset shifts them ----

/** Monday first, as ISO 8601 weeks are. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((day) => {
    const date = new Date(Date.UTC(2024, 0, day)); // 2024-01-01 was a Monday
    return {
        key: day,
        short: date.toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' }),
        long: date.toLocaleDateString(undefined, { weekday: 'long', timeZone: 'UTC' }),
    };
});

function monthParts(month) {
    const [, year, number] = MONTH.exec(month);
    return [Number(year), Number(number)];
}

function monthBounds(month) {
    const [year, number] = monthParts(month);
    const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
    return [`${month}-01`, `${month}-${String(days).padStart(2, '0')}`];
}

function shiftMonth(month, by) {
    const [year, number] = monthParts(month);
    return new Date(Date.UTC(year, number - 1 + by, 1)).toISOString().slice(0, 7);
}

function monthName(month) {
    if (!MONTH.test(month ?? '')) return '';
    const [year, number] = monthParts(month);
    return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Weeks as rows of seven days; days of the neighbouring months are blank (date null). */
function monthGrid(month, today) {
    const [year, number] = monthParts(month);
    const first = new Date(Date.UTC(year, number - 1, 1));
    const blanksBefore = (first.getUTCDay() + 6) % 7;
    const length = new Date(Date.UTC(year, number, 0)).getUTCDate();
    const cells = [];
    for (let i = 0; i < blanksBefore; i++) cells.push(blank(`before-${i}`));
    for (let day = 1; day <= length; day++) {
        const date = new Date(Date.UTC(year, number - 1, day));
        const key = date.toISOString().slice(0, 10);
        cells.push({
            key, date: key, number: day, today: key === today, sessions: [],
            label: date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
                + (key === today ? ' (today)' : ''),
        });
    }
    while (cells.length % 7 !== 0) cells.push(blank(`after-${cells.length}`));
    const weeks = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return weeks.map((days, index) => ({ key: `${month}-w${index}`, days }));
}

function blank(key) {
    return { key, date: null, number: '', today: false, sessions: [], label: '' };
}

/** Today in the browser's time zone: the day its user lives in. */
function todayKey() {
    return dayInZone(new Date().toISOString(), undefined);
}

/** The day an instant falls on in a time zone (the event's, which is also the day the search's from/to mean). */
function dayInZone(instant, timeZone) {
    const format = (zone) => {
        const parts = Object.fromEntries(new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone })
            .formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
        return `${parts.year}-${parts.month}-${parts.day}`;
    };
    try {
        return format(timeZone);
    } catch {
        return format(undefined);
    }
}

function timeInZone(instant, timeZone) {
    try {
        return new Date(instant).toLocaleTimeString(undefined, { timeStyle: 'short', timeZone });
    } catch {
        return new Date(instant).toLocaleTimeString(undefined, { timeStyle: 'short' });
    }
}
