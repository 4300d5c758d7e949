// Claiming a ticket transferred to an address without an account. The mail to that address links to
// /tickets/claim?token=…; the page is private, so a visitor who is not signed in is sent to log in (or register from
// there) and comes back with the token, then the claim is made and the ticket shown. The token is only ever sent
// to POST /api/v1/tickets/claims.
import { api } from './api.js';

export function claimPage() {
    return {
        claimedTicket: null,

        async loadClaim(token) {
            this.claimedTicket = null;
            if (!token) return;
            this.claimedTicket = await api.post('/api/v1/tickets/claims', { token });
            // the token did its work: keep it out of the history and of anything that reads the address bar later
            window.history.replaceState({}, '', '/tickets/claim');
        },
        hasClaimToken() { return Boolean(this.claimedTicket || this.route.query.token); },
        hasClaimedTicket() { return this.claimedTicket !== null; },
        claimedEventText() { return this.claimedTicket?.eventTitle ?? ''; },
        claimedHolderText() { return this.claimedTicket?.holderEmail ?? ''; },
        claimedCodeText() { return this.claimedTicket?.code ?? ''; },
    };
}
