// An event's figures and charts (sales over time, occupancy by session and ticket type, check-ins) and its reports
// as CSV (what attendees thought of it: feedback.js). Analytics learns of bookings through Kafka, so the page
// refreshes itself while it is open.
import { api, ApiError, csvDownload } from './api.js';

const REFRESH_MS = 10_000;
const REPORT_MEASURES = 'bookings,seats,cancellations,cancelledSeats,revenue,checkIns';
const REPORT_GROUPINGS = [['day', 'Day'], ['week', 'Week'], ['session', 'Session'], ['ticketType', 'Ticket type'],
    ['session,ticketType', 'Session and ticket type']];
// colours with at least 3:1 against white (WCAG 1.4.11 for graphics)
const COLOURS = { seats: '#1f5fa8', bookings: '#6a3d9a', cancelled: '#a3261b', checkIns: '#17663a' };

// Chart.js objects stay outside Alpine's reactive state: proxying them breaks their internals.
const charts = new Map();
let chartLibrary = null;

async function chartJs() {
    // the UMD build registers every chart type and leaves the Chart class on window
    chartLibrary ??= import('/webjars/chartjs/dist/chart.umd.js').then(() => window.Chart);
    return chartLibrary;
}

export function analyticsPage() {
    return {
        stats: null,
        statsPending: false,
        reportForm: { grouping: 'day', from: '', to: '' },
        reportRows: { columns: [], rows: [] },
        reportCsv: null,

        async loadAnalytics(id) {
            this.stats = null;
            this.reportCsv = null;
            this.reportRows = { columns: [], rows: [] };
            this.resetFeedback();
            await this.loadManaged(id);
            const firstDay = (this.managed.createdAt ?? new Date().toISOString()).slice(0, 10);
            this.reportForm = { grouping: 'day', from: firstDay, to: new Date().toISOString().slice(0, 10) };
            this.timers.push(setInterval(() => this.refreshStats().catch(() => {}), REFRESH_MS));
            await Promise.all([this.refreshStats(), this.loadFeedback()]);
            await this.runReport();
        },

        async refreshStats() {
            const params = new URLSearchParams({ from: this.reportForm.from, tz: this.managed.timeZone ?? 'UTC' });
            try {
                this.stats = await api.get(`/api/v1/analytics/events/${this.managed.id}?${params}`);
                this.statsPending = false;
            } catch (error) {
                // analytics hears of an event through Kafka: until then it does not know it
                if (!(error instanceof ApiError && error.status === 404)) throw error;
                this.statsPending = true;
                return;
            }
            await this.drawCharts();
        },
        refreshAnalytics() { this.guard(() => Promise.all([this.refreshStats(), this.loadFeedback(this.feedbackPage)])); },

        hasStats() { return this.stats !== null; },
        statsFigure(name) { return this.stats?.[name] ?? 0; },
        occupancyText() { return this.stats ? `${this.stats.occupancyPercent ?? 0} %` : ''; },
        revenueText() {
            const revenue = Object.entries(this.stats?.revenue ?? {});
            return revenue.length ? revenue.map(([currency, amount]) => this.money({ amount, currency })).join(', ') : '—';
        },

        /** One row per session × ticket type, named as the organizer named them. */
        statsLines() {
            const sessions = new Map((this.managed?.sessions ?? []).map((session) => [session.id, session.name]));
            const types = new Map((this.managed?.ticketTypes ?? []).map((type) => [type.id, type.name]));
            return (this.stats?.lines ?? []).map((line) => ({
                ...line,
                key: `${line.sessionId}/${line.ticketTypeId}`,
                label: `${sessions.get(line.sessionId) ?? 'Session'} · ${types.get(line.ticketTypeId) ?? 'Ticket'}`,
                occupancy: `${line.occupancyPercent ?? 0} %`,
            }));
        },

        async drawCharts() {
            const Chart = await chartJs();
            // the canvases are sized once Alpine has shown the figures they sit in
            await this.$nextTick();
            const daily = this.stats.daily ?? [];
            const lines = this.statsLines();
            const days = daily.map((day) => day.date);
            // bars: an event sells over a handful of days, where a line would be a dot or two
            draw(Chart, 'chart-sales', 'bar', days, [
                { label: 'Seats sold', data: daily.map((day) => day.seats), color: COLOURS.seats },
                { label: 'Bookings', data: daily.map((day) => day.bookings), color: COLOURS.bookings },
                { label: 'Seats cancelled', data: daily.map((day) => day.cancelledSeats), color: COLOURS.cancelled },
            ]);
            draw(Chart, 'chart-occupancy', 'bar', lines.map((line) => line.label), [
                { label: 'Occupancy %', data: lines.map((line) => Number(line.occupancyPercent ?? 0)), color: COLOURS.seats },
            ], { max: 100 });
            draw(Chart, 'chart-checkins', 'bar', days, [
                { label: 'Check-ins', data: daily.map((day) => day.checkIns), color: COLOURS.checkIns },
            ]);
        },

        salesSummary() {
            if (!this.stats) return '';
            const { confirmed, confirmedBookings } = this.stats;
            return `${confirmed} ${confirmed === 1 ? 'seat' : 'seats'} sold in ${confirmedBookings} ${confirmedBookings === 1 ? 'booking' : 'bookings'}`;
        },
        checkInSummary() {
            return this.stats ? `${this.stats.checkedIn} of ${this.stats.confirmed} seats checked in` : '';
        },

        reportGroupings() { return REPORT_GROUPINGS.map(([value, label]) => ({ value, label })); },

        reportParams() {
            const params = new URLSearchParams({ dimensions: this.reportForm.grouping, measures: REPORT_MEASURES,
                event: this.managed.id, tz: this.managed.timeZone ?? 'UTC' });
            if (this.reportForm.from) params.set('from', this.reportForm.from);
            if (this.reportForm.to) params.set('to', this.reportForm.to);
            return params;
        },

        async runReport() {
            this.reportCsv = null;
            const report = await api.get(`/api/v1/analytics/reports?${this.reportParams()}`);
            this.reportRows = {
                columns: report.columns,
                rows: report.rows.map((row, index) => ({ key: index, cells: report.columns.map((column) => row[column] ?? '') })),
            };
        },
        submitReport() { this.guard(() => this.runReport()); },
        reportEmpty() { return !this.loading && this.reportRows.rows.length === 0; },

        async exportReport() {
            await this.guard(async () => {
                this.reportCsv = await csvDownload(`/api/v1/analytics/reports?${this.reportParams()}`,
                    `report-${this.managed.id}-${this.reportForm.from}-${this.reportForm.to}.csv`);
                this.objectUrls.push(this.reportCsv.url);
            });
        },
        hasReportCsv() { return this.reportCsv !== null; },
        reportCsvUrl() { return this.reportCsv?.url ?? null; },
        reportCsvName() { return this.reportCsv?.name ?? null; },
        reportCsvLabel() { return this.reportCsv ? `Save the CSV (${this.reportCsv.rows} rows)` : ''; },
    };
}

/** Draws into the canvas, or updates the chart already drawn there (no animation: the page refreshes itself). */
function draw(Chart, canvasId, type, labels, series, scale = {}) {
    const canvas = document.getElementById(canvasId);
    if (!canvas) return;
    const datasets = series.map(({ label, data, color }) => ({
        label, data, borderColor: color, backgroundColor: type === 'bar' ? color : `${color}33`, tension: 0.2,
    }));
    const existing = charts.get(canvasId);
    if (existing && existing.canvas === canvas) {
        existing.data.labels = labels;
        existing.data.datasets = datasets;
        existing.update('none');
        return;
    }
    existing?.destroy();
    charts.set(canvasId, new Chart(canvas, {
        type,
        data: { labels, datasets },
        options: {
            animation: false,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 }, ...scale } },
        },
    }));
}

/** Called whenever the page changes. */
export function destroyCharts() {
    charts.forEach((chart) => chart.destroy());
    charts.clear();
}
