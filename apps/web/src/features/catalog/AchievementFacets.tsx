// The facets of /achievements: 领域 (by level), 地区 (province → city), 成熟度, 转化方式.
import { useRegionName } from '../../shared/region-name';
import { MATURITY_WORDS, TRANSFER_MODE_WORDS, wordOf } from '../../shared/words';
import { facetLevel, nextField, nextRegion, toggle, withChange, type CatalogSearch } from './catalog-url';
import { FacetGroup, type FacetOption } from './FacetGroup';

interface Count {
  value: string;
  count: number;
}

export interface FacetCounts {
  fields: Count[];
  regions: Count[];
  maturity: Count[];
  transferModes: Count[];
}

const options = (counts: Count[], label: (v: string) => string, checked: (v: string) => boolean) =>
  counts.map((c): FacetOption => ({
    value: c.value,
    count: c.count,
    label: label(c.value),
    checked: checked(c.value),
  }));

/** The chosen value stays on screen (checked) even when the counts below it no longer list it. */
function withChosen(list: FacetOption[], chosen: string | null, label: (v: string) => string): FacetOption[] {
  if (!chosen || list.some((o) => o.value === chosen)) return list;
  return [{ value: chosen, label: label(chosen), count: 0, checked: true }, ...list].map((o) =>
    o.value === chosen ? { ...o, count: list.reduce((n, x) => n + x.count, 0) } : o,
  );
}

export function AchievementFacets({
  search,
  facets,
  fieldNames,
  onChange,
}: {
  search: CatalogSearch;
  facets: FacetCounts;
  fieldNames: Map<string, string>;
  onChange: (next: CatalogSearch) => void;
}) {
  const fieldLabel = (v: string) => fieldNames.get(v) ?? v;
  const regionName = useRegionName(false);
  const regionLabel = (v: string) => regionName(v);
  const byField = new Map(facets.fields.map((f) => [f.value, f]));
  const fieldValues = facetLevel([...byField.keys()], search.field, (c) => c.length);
  const fieldOptions = withChosen(
    options(
      fieldValues.map((v) => byField.get(v)!),
      fieldLabel,
      (v) => v === search.field,
    ),
    search.field,
    fieldLabel,
  );
  const province = search.region ? `${search.region.slice(0, 2)}0000` : null;
  const regionOptions = withChosen(
    withChosen(
      options(facets.regions, regionLabel, (v) => v === search.region),
      search.region,
      regionLabel,
    ),
    province,
    regionLabel,
  );
  return (
    <aside aria-label="筛选">
      <FacetGroup
        title="领域"
        options={fieldOptions}
        onToggle={(v) => onChange(withChange(search, { field: nextField(search.field, v) }))}
      />
      <FacetGroup
        title="地区"
        options={regionOptions}
        onToggle={(v) => onChange(withChange(search, { region: nextRegion(search.region, v) }))}
      />
      <FacetGroup
        title="成熟度"
        options={options(
          facets.maturity,
          (v) => wordOf(MATURITY_WORDS, v),
          (v) => search.maturity.includes(v),
        )}
        onToggle={(v) => onChange(withChange(search, { maturity: toggle(search.maturity, v) }))}
      />
      <FacetGroup
        title="转化方式"
        options={options(
          facets.transferModes,
          (v) => wordOf(TRANSFER_MODE_WORDS, v),
          (v) => search.modes.includes(v),
        )}
        onToggle={(v) => onChange(withChange(search, { modes: toggle(search.modes, v) }))}
      />
    </aside>
  );
}
