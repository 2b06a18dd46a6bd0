// The raw frame as a collapsible JSON tree (issue 5). Built from React elements only: hostile
// strings inside a frame are text, never markup (no innerHTML anywhere).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Frames nest d → extra → body/author: open that deep at first. */
const OPEN_DEPTH = 3;
const MAX_CHILDREN = 500;

export function JsonTree({ json }: { json: string }) {
  const { t } = useTranslation('inspector');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return (
      <div className="kd-json" aria-label={t('json.tree')}>
        <p className="kd-muted">{t('json.invalid')}</p>
        <pre className="kd-json-text">{json}</pre>
      </div>
    );
  }
  return (
    <div className="kd-json" role="tree" aria-label={t('json.tree')}>
      <JsonNode name={null} value={value} depth={0} />
    </div>
  );
}

function JsonNode({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  const { t } = useTranslation('inspector');
  const [open, setOpen] = useState(depth < OPEN_DEPTH);
  const label = name ?? 'd';
  if (value === null || typeof value !== 'object') {
    return (
      <div role="treeitem" aria-selected={false} className="kd-json-leaf">
        {name !== null && <span className="kd-json-key">{name}: </span>}
        <Scalar value={value} />
      </div>
    );
  }
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const summary = Array.isArray(value) ? t('json.items', { count: entries.length }) : t('json.keys', { count: entries.length });
  return (
    <div role="treeitem" aria-expanded={open} aria-selected={false} className="kd-json-branch">
      <button type="button" className="kd-json-toggle" aria-label={open ? t('json.collapse', { key: label }) : t('json.expand', { key: label })} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {name !== null && <span className="kd-json-key">{name}</span>} <span className="kd-muted">{Array.isArray(value) ? '[…]' : '{…}'} {summary}</span>
      </button>
      {open && (
        <div role="group" className="kd-json-children">
          {entries.slice(0, MAX_CHILDREN).map(([k, v]) => (
            <JsonNode key={k} name={k} value={v} depth={depth + 1} />
          ))}
          {entries.length > MAX_CHILDREN && <div className="kd-muted">… {entries.length - MAX_CHILDREN}</div>}
        </div>
      )}
    </div>
  );
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className="kd-json-string">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="kd-json-number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="kd-json-bool">{String(value)}</span>;
  return <span className="kd-json-null">null</span>;
}
