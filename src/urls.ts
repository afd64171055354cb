import { type PageId, findPage } from './catalog/pages';
import { PLUGIN_BASE_URL } from './constants';
import { PARTNER_VARIABLE } from './scenes/variableNames';

/** Where a page lives, from the page registry. */
export function pageUrl(id: PageId): string {
  return `${PLUGIN_BASE_URL}/${findPage(id).slug}`;
}

/** The route a page matches below the app's base URL; the trailing /* lets it render routes of its own. */
export function pageRoute(id: PageId): string {
  return `${findPage(id).slug}/*`;
}

// Grafana's data-link macros: the row's value, encoded for a URL, and the dashboard's time range.
const LINKED_VALUE = '${__value.raw:percentencode}';
const LINKED_TIME_RANGE = '${__url_time_range}';

const partnerPath = (encodedPartner: string) => `${pageUrl('partners')}/${encodedPartner}`;
const businessOf = (encodedPartner: string) => `${pageUrl('business')}?var-${PARTNER_VARIABLE}=${encodedPartner}`;

/** One partner's page. */
export const partnerUrl = (partner: string) => partnerPath(encodeURIComponent(partner));

/** The Business page narrowed to one partner. */
export const partnerBusinessUrl = (partner: string) => businessOf(encodeURIComponent(partner));

/** Data links from a row naming a partner, keeping the time range: to its page, and to its Business view. */
export const PARTNER_DATA_LINKS = {
  page: `${partnerPath(LINKED_VALUE)}?${LINKED_TIME_RANGE}`,
  business: `${businessOf(LINKED_VALUE)}&${LINKED_TIME_RANGE}`,
};
