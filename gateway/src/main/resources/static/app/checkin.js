// The check-in scanner: the camera through the browser's BarcodeDetector where there is one, typed or pasted codes
// otherwise; each answer is shown big, in a colour that can be read across a door, and heard as a short tone.
import { api, ApiError, idempotencyKey } from './api.js';

/** The same code seen again by the camera within this time is the same scan, not a second one. */
const SAME_SCAN_MS = 4_000;
const CAMERA_SCAN_MS = 300;

const VERDICTS = {
    ADMITTED: { kind: 'admitted', title: 'ADMITTED', advice: 'Let them in.' },
    ALREADY_CHECKED_IN: { kind: 'already', title: 'ALREADY CHECKED IN', advice: 'This ticket was used before.' },
    VOID: { kind: 'refused', title: 'REFUSED: VOID', advice: 'The booking of this seat was cancelled or changed.' },
    REVOKED: { kind: 'refused', title: 'REFUSED: REVOKED', advice: 'This ticket was transferred; the new holder has another code.' },
    WRONG_EVENT: { kind: 'refused', title: 'REFUSED: WRONG EVENT', advice: 'This ticket is for another event.' },
    NOT_YET_VALID: { kind: 'refused', title: 'REFUSED: TOO EARLY', advice: 'Check-in for this session has not opened yet.' },
    EXPIRED: { kind: 'refused', title: 'REFUSED: EXPIRED', advice: 'Check-in for this session is over.' },
    INVALID: { kind: 'refused', title: 'REFUSED: NOT A TICKET', advice: 'This code is not a ticket of this suite.' },
};

// The camera's stream and the detector stay outside Alpine's reactive state: they must not be proxied.
let camera = null; // { stream, timer }

export function scannerPage() {
    return {
        scan: { payload: '', gate: 'A', busy: false },
        verdict: null, // { kind, title, advice, detail }
        lastScans: [],
        admittedTotal: null,
        cameraOn: false,
        lastSeen: { payload: null, at: 0 },

        async loadScanner(id) {
            this.verdict = null;
            this.lastScans = [];
            await this.loadManaged(id);
            await this.refreshCheckInCount();
        },

        async refreshCheckInCount() {
            const counts = await api.get(`/api/v1/events/${this.managed.id}/check-in/counts`).catch(() => null);
            this.admittedTotal = counts?.total ?? null;
        },
        admittedText() { return this.admittedTotal === null ? '' : `${this.admittedTotal} admitted so far`; },

        cameraAvailable() { return 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia); },
        cameraUnavailable() { return !this.cameraAvailable(); },

        async submitScan() {
            const payload = this.scan.payload.trim();
            if (!payload) {
                this.fieldErrors = { qrPayload: 'Type or paste the code printed under the QR code.' };
                return;
            }
            this.fieldErrors = {};
            await this.checkIn(payload);
            this.scan.payload = '';
            document.getElementById('scan-payload')?.focus();
        },

        async checkIn(payload) {
            this.scan.busy = true;
            this.banner = null;
            try {
                // scanId names this scan: a retry after a lost answer is recognised as the same scan
                const answer = await api.post('/api/v1/check-ins',
                    { qrPayload: payload, gate: this.scan.gate.trim() || null, scanId: idempotencyKey(), eventId: this.managed.id },
                    { retryable: true });
                this.showVerdict(answer);
            } catch (error) {
                this.verdict = null;
                this.report(error instanceof ApiError ? error : new ApiError(0, { title: 'The scan could not be sent.' }));
                beep('refused');
            } finally {
                this.scan.busy = false;
            }
        },

        showVerdict(answer) {
            const verdict = VERDICTS[answer.result] ?? { kind: 'refused', title: `REFUSED: ${answer.result}`, advice: '' };
            const details = [];
            if (answer.holderInitials) details.push(`Holder ${answer.holderInitials}`);
            if (answer.checkedInAt) details.push(`checked in ${this.when(answer.checkedInAt)}`);
            if (answer.gate) details.push(`at gate ${answer.gate}`);
            this.verdict = { ...verdict, result: answer.result, detail: details.join(', ') };
            this.lastScans = [{ key: answer.scanId ?? idempotencyKey(), result: answer.result, at: new Date().toISOString(),
                initials: answer.holderInitials ?? '' }, ...this.lastScans].slice(0, 10);
            beep(verdict.kind);
            if (answer.result === 'ADMITTED') this.refreshCheckInCount();
        },

        hasVerdict() { return this.verdict !== null; },
        verdictClass() { return `verdict verdict-${this.verdict?.kind ?? 'none'}`; },
        verdictTitle() { return this.verdict?.title ?? ''; },
        verdictResult() { return this.verdict?.result ?? ''; },
        verdictAdvice() { return this.verdict?.advice ?? ''; },
        verdictDetail() { return this.verdict?.detail ?? ''; },

        async startCamera() {
            if (!this.cameraAvailable()) return;
            try {
                const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
                const video = document.getElementById('scan-video');
                video.srcObject = stream;
                await video.play();
                const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
                camera = { stream, timer: setInterval(() => this.detect(detector, video), CAMERA_SCAN_MS) };
                this.cameraOn = true;
            } catch (error) {
                console.error(error);
                this.banner = { kind: 'error', text: 'The camera could not be started. Allow it in the browser, or type the code below.' };
            }
        },

        async detect(detector, video) {
            if (this.scan.busy || video.readyState < 2) return;
            const codes = await detector.detect(video).catch(() => []);
            const payload = codes[0]?.rawValue;
            const now = Date.now();
            if (!payload || (payload === this.lastSeen.payload && now - this.lastSeen.at < SAME_SCAN_MS)) return;
            this.lastSeen = { payload, at: now };
            await this.checkIn(payload);
        },

        stopCamera() {
            stopCameraStream();
            this.cameraOn = false;
        },

        scanTime(entry) { return this.when(entry.at); },
    };
}

/** Called whenever the page changes: the camera is never left running behind another page. */
export function stopCameraStream() {
    if (!camera) return;
    clearInterval(camera.timer);
    camera.stream.getTracks().forEach((track) => track.stop());
    camera = null;
}

// One rising tone for "in", two flat ones for "seen before", one low buzz for "no": distinguishable without looking.
let audio = null;

function beep(kind) {
    try {
        audio ??= new AudioContext();
        const tones = {
            admitted: [[880, 0, 0.15], [1320, 0.15, 0.15]],
            already: [[520, 0, 0.12], [520, 0.2, 0.12]],
            refused: [[180, 0, 0.45]],
        }[kind] ?? [];
        const start = audio.currentTime;
        for (const [frequency, offset, length] of tones) {
            const oscillator = audio.createOscillator();
            const gain = audio.createGain();
            oscillator.type = kind === 'refused' ? 'square' : 'sine';
            oscillator.frequency.value = frequency;
            gain.gain.setValueAtTime(0.2, start + offset);
            gain.gain.exponentialRampToValueAtTime(0.001, start + offset + length);
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start(start + offset);
            oscillator.stop(start + offset + length);
        }
    } catch {
        // no sound on this device: the colours carry the answer alone
    }
}
