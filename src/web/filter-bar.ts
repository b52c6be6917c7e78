import type { ClaimStatus } from '../core/records.js';
import { byId, el, replace } from './dom.js';
import { currentState, FILTER_KEYS, navigate, type ViewState } from './url-state.js';

const CLAIMS: ClaimStatus[] = [
  'asserted',
  'attributed',
  'alleged',
  'denied',
  'hypothetical',
  'future',
  'negated',
];

/** Text inputs of the form, by filter name. */
const TEXT_KEYS = ['actor', 'recipient', 'dyad', 'type', 'cameoRoot', 'from', 'to', 'place', 'text'] as const;

function form(): HTMLFormElement {
  return byId<HTMLFormElement>('filters');
}

/** Builds the claim checkboxes and wires submit and reset to the URL. */
export function setupFilterBar(): void {
  const f = form();
  replace(
    byId('claim-boxes'),
    ...CLAIMS.map((c) =>
      el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'claim', value: c }), ` ${c}`),
    ),
  );
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(f);
    const filters: ViewState['filters'] = {};
    for (const k of TEXT_KEYS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) filters[k] = v;
    }
    const claims = data.getAll('claim').map(String);
    if (claims.length) filters.claim = claims.join(',');
    const bucket = String(data.get('bucket') ?? 'week') as ViewState['bucket'];
    navigate({ ...currentState(), filters, bucket, article: null, event: null });
  });
  byId('reset').addEventListener('click', () => {
    navigate({ filters: {}, bucket: 'week', article: null, event: null });
  });
}

/** Shows the state's filters in the form (after back/forward too). */
export function fillFilterBar(state: ViewState): void {
  const f = form();
  for (const k of TEXT_KEYS) {
    const input = f.elements.namedItem(k) as HTMLInputElement | null;
    if (input) input.value = state.filters[k] ?? '';
  }
  const chosen = new Set((state.filters.claim ?? '').split(',').filter(Boolean));
  for (const box of f.querySelectorAll<HTMLInputElement>('input[name=claim]'))
    box.checked = chosen.has(box.value);
  (f.elements.namedItem('bucket') as HTMLSelectElement).value = state.bucket;
  const active = FILTER_KEYS.filter((k) => state.filters[k]).map((k) => `${k}=${state.filters[k]}`);
  replace(
    byId('active-filters'),
    active.length ? `Filters: ${active.join(' · ')}` : 'No filters: everything stored.',
  );
}

/** Offers the stored event types as suggestions for the type filter. */
export function suggestTypes(types: string[]): void {
  replace(byId('type-list'), ...types.sort().map((t) => el('option', { value: t })));
}
