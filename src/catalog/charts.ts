import type { SignalDef } from './signals';
import type { LocalizedText } from './types';
import { METRIC } from './metricNames';

/** A chart of the Shop health dashboard: a signal drawn over time, not ranked as a mover. */
export type ChartDef = Pick<SignalDef, 'id' | 'title' | 'bad' | 'unit' | 'by' | 'query'>;

export interface ChartSection {
  title: LocalizedText;
  charts: ChartDef[];
}

/** What the Shop health dashboard draws beside the health checks: the rest of the contract, area by area. */
export const CHART_SECTIONS: ChartSection[] = [
  {
    title: { en: 'Payments in detail', pl: 'Płatności w szczegółach' },
    charts: [
      {
        id: 'payment_declines',
        title: { en: 'Declined payments by reason', pl: 'Odrzucone płatności według przyczyny' },
        bad: {
          en: 'One reason rising alone (say, insufficient funds at one bank) is the provider or a fraud wave.',
          pl: 'Jedna przyczyna rosnąca sama (np. brak środków w jednym banku) to operator albo fala oszustw.',
        },
        unit: 'short',
        by: ['method', 'reason'],
        query: { kind: 'rate', metric: METRIC.shopPaymentDeclinesTotal },
      },
      {
        id: 'payment_3ds_failed',
        title: { en: '3-D Secure challenges failed', pl: 'Nieudane weryfikacje 3-D Secure' },
        bad: {
          en: 'More than a few percent failing: customers cannot confirm card payments in their bank app.',
          pl: 'Więcej niż kilka procent nieudanych: klienci nie mogą potwierdzić płatności kartą w aplikacji banku.',
        },
        unit: 'percentunit',
        by: ['deployment'],
        query: { kind: 'share', metric: METRIC.shopPayment3dsTotal, part: { result: 'challenge_failed' } },
      },
      {
        id: 'payment_confirmation_p95',
        title: { en: 'Payment confirmation time (95%)', pl: 'Czas potwierdzenia płatności (95%)' },
        bad: {
          en: 'Confirmations taking a minute or more: customers give up before the order is paid.',
          pl: 'Potwierdzenia trwające minutę lub dłużej: klienci rezygnują, zanim zamówienie zostanie opłacone.',
        },
        unit: 's',
        by: ['method'],
        query: { kind: 'quantile', metric: METRIC.shopPaymentConfirmationDurationSeconds, quantile: 0.95 },
      },
    ],
  },
  {
    title: { en: 'Gateway, services and browsers', pl: 'Brama, usługi i przeglądarki' },
    charts: [
      {
        id: 'gateway_connections',
        title: { en: 'Gateway connections', pl: 'Połączenia bramy' },
        bad: {
          en: 'Waiting connections climbing: the gateway or the services behind it cannot keep up.',
          pl: 'Rosnąca liczba oczekujących połączeń: brama albo usługi za nią nie nadążają.',
        },
        unit: 'short',
        by: ['deployment', 'status'],
        query: { kind: 'gauge', metric: METRIC.nginxVtsMainConnections },
      },
      {
        id: 'active_requests',
        title: { en: 'Requests in progress per service', pl: 'Żądania w toku na usługę' },
        bad: {
          en: 'A service holding many more requests than usual is stuck on something slow (the database, a provider).',
          pl: 'Usługa trzymająca dużo więcej żądań niż zwykle utknęła na czymś wolnym (baza, operator).',
        },
        unit: 'short',
        by: ['deployment', 'service'],
        query: { kind: 'gauge', metric: METRIC.httpServerActiveRequests },
      },
      {
        id: 'frontend_inp_p75',
        title: { en: 'Interaction to next paint (75% of pages)', pl: 'Czas reakcji na interakcję (75% stron)' },
        bad: {
          en: 'Above 200 ms the shop feels sluggish to click; above 500 ms Google calls it poor.',
          pl: 'Powyżej 200 ms sklep wydaje się ociężały; powyżej 500 ms Google uznaje go za słaby.',
        },
        unit: 's',
        by: ['page'],
        query: { kind: 'quantile', metric: METRIC.shopFrontendInpSeconds, quantile: 0.75 },
      },
      {
        id: 'frontend_cls_p75',
        title: { en: 'Layout shift (75% of pages)', pl: 'Przesunięcia układu (75% stron)' },
        bad: {
          en: 'Above 0.1 content jumps while customers read or click; above 0.25 Google calls it poor.',
          pl: 'Powyżej 0,1 treść skacze, gdy klienci czytają lub klikają; powyżej 0,25 Google uznaje to za słabe.',
        },
        unit: 'none',
        by: ['page'],
        query: { kind: 'quantile', metric: METRIC.shopFrontendCls, quantile: 0.75 },
      },
    ],
  },
  {
    title: { en: 'Files and staff', pl: 'Pliki i obsługa' },
    charts: [
      {
        id: 'files_failed',
        title: { en: 'Files that could not be served', pl: 'Pliki, których nie udało się wydać' },
        bad: {
          en: 'Product photos or invoices missing or failing: pages look broken, customers cannot download invoices.',
          pl: 'Brakujące lub niedostępne zdjęcia produktów albo faktury: strony wyglądają na zepsute.',
        },
        unit: 'percentunit',
        by: ['deployment'],
        query: { kind: 'share', metric: METRIC.shopFilesServedTotal, part: { outcome: '!ok' } },
      },
      {
        id: 'blob_storage',
        title: { en: 'File storage used', pl: 'Zajęte miejsce na pliki' },
        bad: {
          en: 'A sudden jump is an upload gone wrong; steady growth needs a bigger plan before it is full.',
          pl: 'Nagły skok to nieudany import; stały wzrost wymaga większego planu, zanim miejsce się skończy.',
        },
        unit: 'bytes',
        by: ['deployment'],
        query: { kind: 'gauge', metric: METRIC.shopBlobStorageUsedBytes },
      },
      {
        id: 'staff_order_changes',
        title: { en: 'Orders changed by staff', pl: 'Zamówienia zmienione przez obsługę' },
        bad: {
          en: 'Many more cancellations or refunds than usual: something upsets customers (a late courier, a price error).',
          pl: 'Dużo więcej anulowań lub zwrotów niż zwykle: coś zraża klientów (spóźniony kurier, błąd ceny).',
        },
        unit: 'short',
        by: ['action'],
        query: { kind: 'rate', metric: METRIC.shopStaffOrderChangesTotal },
      },
    ],
  },
  {
    title: { en: 'Database, queues and jobs', pl: 'Baza danych, kolejki i zadania' },
    charts: [
      {
        id: 'db_commits',
        title: { en: 'Database transactions committed', pl: 'Zatwierdzone transakcje bazy' },
        bad: {
          en: 'A drop with traffic steady: the application cannot write (locks, a full disk).',
          pl: 'Spadek przy stałym ruchu: aplikacja nie może zapisywać (blokady, pełny dysk).',
        },
        unit: 'short',
        by: ['deployment'],
        query: { kind: 'rate', metric: METRIC.pgStatDatabaseXactCommit },
      },
      {
        id: 'db_rollbacks',
        title: { en: 'Database transactions rolled back', pl: 'Wycofane transakcje bazy' },
        bad: {
          en: 'Rollbacks rising after a deploy: the new version fails to save something.',
          pl: 'Rosnąca liczba wycofań po wdrożeniu: nowa wersja nie potrafi czegoś zapisać.',
        },
        unit: 'short',
        by: ['deployment'],
        query: { kind: 'rate', metric: METRIC.pgStatDatabaseXactRollback },
      },
      {
        id: 'db_deadlocks',
        title: { en: 'Database deadlocks', pl: 'Zakleszczenia w bazie' },
        bad: {
          en: 'Any deadlock means two operations blocked each other and one was cancelled.',
          pl: 'Każde zakleszczenie oznacza, że dwie operacje się zablokowały i jedna została anulowana.',
        },
        unit: 'short',
        by: ['deployment'],
        query: { kind: 'rate', metric: METRIC.pgStatDatabaseDeadlocks },
      },
      {
        id: 'queue_unacked',
        title: { en: 'Messages being worked on', pl: 'Wiadomości w trakcie obsługi' },
        bad: {
          en: 'Stuck high while nothing is published: a consumer hangs on its messages.',
          pl: 'Stale wysoko, choć nic nie przybywa: konsument zawiesił się na swoich wiadomościach.',
        },
        unit: 'short',
        by: ['deployment', 'queue'],
        query: { kind: 'gauge', metric: METRIC.rabbitmqQueueMessagesUnacked },
      },
      {
        id: 'queue_published',
        title: { en: 'Messages published per second', pl: 'Wiadomości publikowane na sekundę' },
        bad: {
          en: 'Publishing stopped on a busy day: the shop no longer sends e-mails or parcel updates.',
          pl: 'Publikacja ustała w ruchliwy dzień: sklep nie wysyła już e-maili ani statusów paczek.',
        },
        unit: 'short',
        by: ['deployment', 'queue'],
        query: { kind: 'rate', metric: METRIC.rabbitmqQueueMessagesPublishedTotal },
      },
      {
        id: 'job_items',
        title: { en: 'Items processed by background jobs', pl: 'Elementy przetworzone przez zadania w tle' },
        bad: {
          en: 'A job that runs but processes nothing (no orders checked for fraud, no parcels synced) only looks healthy.',
          pl: 'Zadanie, które działa, ale nic nie przetwarza (żadnych sprawdzonych zamówień, paczek), tylko wygląda na zdrowe.',
        },
        unit: 'short',
        by: ['deployment', 'job'],
        query: { kind: 'rate', metric: METRIC.shopJobItemsProcessedTotal },
      },
      {
        id: 'job_last_run',
        title: { en: 'When each job last ran', pl: 'Kiedy każde zadanie ostatnio działało' },
        bad: {
          en: 'A nightly job whose last run is older than a day did not start at all (the scheduler, the worker).',
          pl: 'Nocne zadanie, którego ostatnie uruchomienie jest starsze niż doba, w ogóle nie wystartowało.',
        },
        unit: 'dateTimeFromNow',
        by: ['deployment', 'job'],
        query: { kind: 'gauge', metric: METRIC.shopJobLastRunTimestampSeconds },
      },
    ],
  },
];
