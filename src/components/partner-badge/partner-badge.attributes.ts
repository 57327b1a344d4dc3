/** The badge's properties and the attributes they reflect: the element's and the server renderer's one list. */
export const BADGE_ATTRIBUTES = { partner: 'partner', variant: 'variant', theme: 'theme', verifyUrl: 'verify-url', logo: 'logo' } as const;
