// Every route of the SPA in one place; screens link through these, never through string literals.
export const paths = {
  signIn: { path: '/sign-in', getHref: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in') },
  signUp: { path: '/sign-up', getHref: () => '/sign-up' },
  forgotPassword: { path: '/forgot-password', getHref: (email = '') => (email ? `/forgot-password?email=${encodeURIComponent(email)}` : '/forgot-password') },
  resetPassword: { path: '/reset-password', getHref: (token: string) => `/reset-password?token=${encodeURIComponent(token)}` },
  unlockSignIn: { path: '/unlock-sign-in', getHref: (token: string) => `/unlock-sign-in?token=${encodeURIComponent(token)}` },
  unsubscribe: { path: '/unsubscribe', getHref: (token: string) => `/unsubscribe?token=${encodeURIComponent(token)}` },
  acceptInvite: { path: '/accept-invite', getHref: (token: string) => `/accept-invite?token=${encodeURIComponent(token)}` },
  dashboard: { path: '/', getHref: () => '/' },
  clients: { path: '/clients', getHref: (search = '') => `/clients${search}` },
  clientNew: { path: '/clients/new', getHref: () => '/clients/new' },
  clientImport: { path: '/clients/import', getHref: () => '/clients/import' },
  client: { path: '/clients/:clientId', getHref: (id: number) => `/clients/${id}` },
  clientEdit: { path: '/clients/:clientId/edit', getHref: (id: number) => `/clients/${id}/edit` },
  trainers: { path: '/trainers', getHref: (search = '') => `/trainers${search}` },
  trainerNew: { path: '/trainers/new', getHref: () => '/trainers/new' },
  trainer: { path: '/trainers/:trainerId', getHref: (id: number) => `/trainers/${id}` },
  trainerEdit: { path: '/trainers/:trainerId/edit', getHref: (id: number) => `/trainers/${id}/edit` },
  activity: { path: '/activity', getHref: (search = '') => `/activity${search}` },
  training: { path: '/training', getHref: (search = '') => `/training${search}` },
  calendar: { path: '/calendar', getHref: (search = '') => `/calendar${search}` },
  settings: { path: '/settings', getHref: () => '/settings' },
  // security: two-factor sign-in and signed-in sessions
  security: { path: '/settings/security', getHref: () => '/settings/security' },
  // notifications: the owners' outbox
  outbox: { path: '/settings/outbox', getHref: (search = '') => `/settings/outbox${search}` },
  // developers: outgoing webhooks
  developersWebhooks: { path: '/settings/developers/webhooks', getHref: () => '/settings/developers/webhooks' },
  // automation and tasks
  automations: { path: '/automations', getHref: (search = '') => `/automations${search}` },
  automationNew: { path: '/automations/new', getHref: () => '/automations/new' },
  automation: { path: '/automations/:ruleId', getHref: (id: number) => `/automations/${id}` },
  tasks: { path: '/tasks', getHref: (search = '') => `/tasks${search}` },
  // developers: API keys
  developerKeys: { path: '/settings/developers/keys', getHref: () => '/settings/developers/keys' },
  exercises: { path: '/exercises', getHref: (search = '') => `/exercises${search}` },
  // training: programs
  programs: { path: '/programs', getHref: () => '/programs' },
  programNew: { path: '/programs/new', getHref: () => '/programs/new' },
  program: { path: '/programs/:programId', getHref: (id: number) => `/programs/${id}` },
  // progress: check-ins (staff review queue and forms)
  checkIns: { path: '/check-ins', getHref: (search = '') => `/check-ins${search}` },
  checkInForms: { path: '/check-ins/forms', getHref: () => '/check-ins/forms' },
  checkInForm: { path: '/check-ins/forms/:formId', getHref: (id: number) => `/check-ins/forms/${id}` },
  // documents
  documents: { path: '/documents', getHref: (search = '') => `/documents${search}` },
  document: { path: '/documents/:documentId', getHref: (id: number) => `/documents/${id}` },
  // messages (chat): the list, one conversation, and a client's conversation found from their page
  messages: { path: '/messages', getHref: () => '/messages' },
  thread: { path: '/messages/:threadId', getHref: (id: number) => `/messages/${id}` },
  clientThread: { path: '/messages/clients/:clientId', getHref: (clientId: number) => `/messages/clients/${clientId}` },
  // billing: the studio's catalogue, invoices and revenue; the client's billing in the portal
  billing: { path: '/billing', getHref: (search = '') => `/billing${search}` },
  billingInvoices: { path: '/billing/invoices', getHref: (search = '') => `/billing/invoices${search}` },
  billingInvoiceNew: { path: '/billing/invoices/new', getHref: (clientId?: number) => (clientId ? `/billing/invoices/new?client=${clientId}` : '/billing/invoices/new') },
  billingInvoice: { path: '/billing/invoices/:invoiceId', getHref: (id: number) => `/billing/invoices/${id}` },
  billingCatalogue: { path: '/billing/catalogue', getHref: () => '/billing/catalogue' },
  // campaigns: email to segments of clients, and the segments themselves
  campaigns: { path: '/campaigns', getHref: (search = '') => `/campaigns${search}` },
  campaignNew: { path: '/campaigns/new', getHref: () => '/campaigns/new' },
  campaign: { path: '/campaigns/:campaignId', getHref: (id: number) => `/campaigns/${id}` },
  segments: { path: '/campaigns/segments', getHref: () => '/campaigns/segments' },
  segmentNew: { path: '/campaigns/segments/new', getHref: () => '/campaigns/segments/new' },
  segment: { path: '/campaigns/segments/:segmentId', getHref: (id: number) => `/campaigns/segments/${id}` },
  portalBilling: { path: '/portal/billing', getHref: () => '/portal/billing' },
  portal: { path: '/portal', getHref: () => '/portal' },
  portalToday: { path: '/portal/today', getHref: () => '/portal/today' },
  // the client's phone screens of progress and documents
  portalProgress: { path: '/portal/progress', getHref: () => '/portal/progress' },
  portalPhotos: { path: '/portal/photos', getHref: (search = '') => `/portal/photos${search}` },
  portalHabits: { path: '/portal/habits', getHref: () => '/portal/habits' },
  portalCheckIns: { path: '/portal/check-ins', getHref: () => '/portal/check-ins' },
  portalCheckIn: { path: '/portal/check-ins/:dueOn', getHref: (dueOn: string) => `/portal/check-ins/${dueOn}` },
  portalMessages: { path: '/portal/messages', getHref: () => '/portal/messages' },
  portalThread: { path: '/portal/messages/:threadId', getHref: (id: number) => `/portal/messages/${id}` },
  portalDocuments: { path: '/portal/documents', getHref: () => '/portal/documents' },
  portalDocument: { path: '/portal/documents/:documentId', getHref: (id: number) => `/portal/documents/${id}` },
} as const;

/** Where an account lands after signing in: clients get their portal, staff the dashboard. */
export function homePathFor(role: string | undefined): string {
  return role === 'client' ? paths.portal.path : paths.dashboard.path;
}

/** A `next` location to return to after sign-in, accepted only when it is a path on this site. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : null;
}
