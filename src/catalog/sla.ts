import type { LocalizedText } from './types';

/**
 * The contract signed with every partner: "95% of requests will be served successfully
 * with a response time under 200 ms". Measured at the gateway, per tenant.
 */
export const SLA = {
  /** Share of good requests the contract promises, as a fraction. */
  target: 0.95,
  /** Response time a good request must stay under, in seconds; the gateway histogram has a bucket exactly here. */
  thresholdSeconds: 0.2,
  /** The histogram the SLI is computed from. */
  metric: 'nginx_vts_server_request_duration_seconds',
  /** Status classes that count as failures. */
  failedCodes: ['5xx'],
  successDefinition: {
    en:
      'A request is successful when the gateway answered it without a server error (any status but 5xx) ' +
      'within 200 ms. Client errors (4xx: a wrong address, an expired session, a bad form) count as served: ' +
      'the shop did its job, and counting them would let one broken client or bot breach a partner’s SLA.',
    pl:
      'Żądanie jest udane, gdy bramka odpowiedziała na nie bez błędu serwera (każdy status poza 5xx) ' +
      'w ciągu 200 ms. Błędy klienta (4xx: zły adres, wygasła sesja, źle wypełniony formularz) liczą się jako obsłużone: ' +
      'sklep zrobił swoje, a ich liczenie pozwoliłoby jednemu zepsutemu klientowi lub botowi złamać SLA partnera.',
  } satisfies LocalizedText,
} as const;
