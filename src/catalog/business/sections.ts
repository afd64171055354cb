import type { LocalizedText } from '../types';
import type { KpiSection } from './types';

/** The shop's funnel, step by step; the last step is the paid order. */
export const FUNNEL_STEPS = ['product_searches', 'carts', 'checkouts', 'payments_started', 'orders_paid'];

export const SECTIONS: Array<{ id: KpiSection; title: LocalizedText }> = [
  { id: 'money', title: { en: 'Money and orders', pl: 'Pieniądze i zamówienia' } },
  { id: 'funnel', title: { en: 'From search to payment', pl: 'Od wyszukania do zapłaty' } },
  { id: 'payments', title: { en: 'Payments', pl: 'Płatności' } },
  { id: 'customers', title: { en: 'Customers', pl: 'Klienci' } },
  { id: 'parcels', title: { en: 'Parcels', pl: 'Paczki' } },
  { id: 'fraud', title: { en: 'Fraud', pl: 'Oszustwa' } },
];
