// The live, virtualized list of gateway frames (issue 5) with row badges for gaps, duplicates,
// reorders and malformed frames. Click a row for its JSON.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameRow } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import { compileInspectorFilter } from '../../store/inspector/filter';
import { rowMarker, type RowMarker } from '../../store/inspector/markers';
import { useNameLookup, type NameLookup } from '../members/useNameLookup';

const ROW_HEIGHT = 24;

export function FrameList() {
  const { t } = useTranslation('inspector');
  const rows = useAppStore((s) => s.inspectorRows);
  const filter = useAppStore((s) => s.inspectorFilter);
  const gaps = useAppStore((s) => s.inspectorGaps.gaps);
  const selected = useAppStore((s) => s.inspectorSelected?.seq ?? null);
  const selectFrame = useAppStore((s) => s.selectFrame);
  const paused = useAppStore((s) => s.inspectorPaused);
  const names = useNameLookup();
  const compiled = useMemo(() => compileInspectorFilter(filter), [filter]);
  const shown = useMemo(() => (compiled.ok ? rows.filter(compiled.match) : rows), [rows, compiled]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => shown[i]?.seq ?? i,
    overscan: 12,
    initialRect: { width: 1000, height: 600 },
  });

  // Follow the newest frame unless paused (a paused list stays where the moderator is reading).
  useEffect(() => {
    if (!paused && shown.length > 0) virtualizer.scrollToIndex(shown.length - 1, { align: 'end' });
  }, [shown.length, paused, virtualizer]);

  return (
    <div className="kd-frames">
      <div className="kd-frame-row kd-frame-head" aria-hidden="true">
        <Cells row={null} names={names} />
      </div>
      {shown.length === 0 && <p className="kd-muted kd-pad">{t('noFrames')}</p>}
      <div ref={scrollRef} className="kd-frame-scroll" role="list" aria-label={t('frames')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = shown[v.index];
            if (!row) return null;
            const marker = rowMarker(row, gaps);
            return (
              <div key={v.key} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}>
                <button
                  type="button"
                  className={`kd-frame-row${marker ? ` kd-frame-${marker.kind}` : ''}${selected === row.seq ? ' kd-frame-selected' : ''}`}
                  aria-pressed={selected === row.seq}
                  aria-label={t('frameRow', { seq: row.seq, signal: row.signal, outcome: t(`outcome.${row.outcome}`) })}
                  onClick={() => void selectFrame(row.seq)}
                >
                  <Cells row={row} marker={marker} names={names} />
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Cells({ row, marker = null, names }: { row: FrameRow | null; marker?: RowMarker | null; names: NameLookup }) {
  const { t } = useTranslation('inspector');
  if (!row) {
    const c = (k: string, text = t(`columns.${k}`)) => (
      <span className="kd-frame-cell" title={t(`columns.${k}`)}>
        {text}
      </span>
    );
    return (
      <>
        {c('time')}{c('signal', t('signalShort'))}{c('sn')}{c('eventType')}{c('channelType')}{c('guild')}{c('channel')}{c('author')}
        {c('size')}{c('compressed')}{c('outcome')}
      </>
    );
  }
  const cell = (v: string | number | null, title?: string, extra = '') => (
    <span className={`kd-frame-cell${extra}`} title={title ?? (v === null ? undefined : String(v))}>
      {v ?? ''}
    </span>
  );
  // A name when the store knows it, the id otherwise; the id is always on hover (UI.md).
  const named = (id: string | null, name: string | null, prefix = '') =>
    id === null ? cell(null) : name === null ? cell(id, id) : cell(`${prefix}${name}`, t('idHover', { name: `${prefix}${name}`, id }), ' kd-frame-name');
  return (
    <>
      {cell(clock(row.at), new Date(row.at).toLocaleString())}
      {cell(row.signal)}
      {cell(row.sn)}
      {cell(eventTypeLabel(t, row))}
      {cell(row.channelType)}
      {named(row.guildId, names.guild(row.guildId))}
      {named(row.channelId, names.channel(row.channelId), '#')}
      {named(row.authorId, names.member(row.authorId))}
      {cell(row.bytes, undefined, ' kd-frame-num')}
      {row.compressedBytes === null ? cell('—', t('notCompressed'), ' kd-frame-num kd-muted') : cell(row.compressedBytes, undefined, ' kd-frame-num')}
      <span className="kd-frame-cell" title={t(`outcome.${row.outcome}`)}>
        {t(`outcome.${row.outcome}`)}
        {marker && <MarkerBadge marker={marker} />}
      </span>
    </>
  );
}

type Translate = ReturnType<typeof useTranslation<'inspector'>>['t'];

/** Chat events carry a numeric message type: show its word with the number ("KMarkdown (9)"), which the filter matches. System events keep their extra.type name. */
export function eventTypeLabel(t: Translate, row: Pick<FrameRow, 'eventType' | 'signal'>): string | null {
  const type = row.eventType;
  if (type === null || !/^\d+$/.test(type)) return type;
  const key = `messageType.${type}`;
  const name = t(key, { defaultValue: '' });
  return name ? t('typeWithCode', { name, code: type }) : type;
}

function MarkerBadge({ marker }: { marker: RowMarker }) {
  const { t } = useTranslation('inspector');
  const text = marker.kind === 'gap' ? t('marker.gap', { from: marker.fromSn, to: marker.toSn }) : t(`marker.${marker.kind}`);
  return (
    <span className={`kd-badge kd-marker-${marker.kind}`} title={text} aria-label={text}>
      {marker.kind === 'gap' ? '⚠' : marker.kind === 'duplicate' ? '×2' : marker.kind === 'reorder' ? '↕' : '!'}
    </span>
  );
}

/** Local time with milliseconds: frames arrive many per second. */
export function clock(at: number): string {
  const d = new Date(at);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}
