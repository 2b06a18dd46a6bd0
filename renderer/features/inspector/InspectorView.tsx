// The gateway event inspector (issue 5; UI.md: a full view over the center and right columns,
// one click back to the channel). Tabs: frames (live list, filters, pause, detail), the
// connection timeline with charts and markers, and the REST panel.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import type { InspectorTab } from '../../store/inspector/slice';
import { CaptureControls } from './CaptureControls';
import { FrameDetail } from './FrameDetail';
import { FrameFilters } from './FrameFilters';
import { FrameList } from './FrameList';
import { RestPanelView } from './RestPanelView';
import { TimelinePanel } from './TimelinePanel';
import './inspector.css';

const TABS: InspectorTab[] = ['frames', 'timeline', 'rest'];

export function InspectorView() {
  const { t } = useTranslation('inspector');
  const tab = useAppStore((s) => s.inspectorTab);
  const setTab = useAppStore((s) => s.setInspectorTab);
  const close = useAppStore((s) => s.closeInspector);
  const error = useAppStore((s) => s.inspectorError);
  const refresh = useAppStore((s) => s.refreshInspector);

  // Stats, timeline and REST figures are polled while their tab shows (frames arrive by push).
  useEffect(() => {
    if (tab === 'frames') return;
    const id = setInterval(() => void refresh(), 1000);
    return () => clearInterval(id);
  }, [tab, refresh]);

  return (
    <section className="kd-inspector" aria-label={t('title')}>
      <button type="button" className="kd-link-button kd-breadcrumb" onClick={close}>
        ← {t('back')}
      </button>
      <header className="kd-inspector-head">
        <h2>{t('title')}</h2>
        <div className="kd-tabs" role="tablist" aria-label={t('tabs.label')}>
          {TABS.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
              {t(`tabs.${k}`)}
            </button>
          ))}
        </div>
        <span className="kd-toolbar-spacer" />
        <button type="button" onClick={() => void refresh()}>
          {t('refresh')}
        </button>
      </header>
      <ErrorNotice error={error} />
      {tab === 'frames' && <FramesTab />}
      {tab === 'timeline' && <TimelinePanel />}
      {tab === 'rest' && <RestPanelView />}
    </section>
  );
}

function FramesTab() {
  const { t } = useTranslation('inspector');
  const paused = useAppStore((s) => s.inspectorPaused);
  const buffered = useAppStore((s) => s.inspectorBufferedCount);
  const dropped = useAppStore((s) => s.inspectorDropped);
  const setPaused = useAppStore((s) => s.setInspectorPaused);
  return (
    <div className="kd-inspector-frames" role="tabpanel" aria-label={t('tabs.frames')}>
      <div className="kd-toolbar">
        <button type="button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? t('resume') : t('pause')}
        </button>
        {paused && <span role="status">{t('buffered', { count: buffered })}</span>}
        {dropped > 0 && <span className="kd-muted">{t('dropped', { count: dropped })}</span>}
        <span className="kd-toolbar-spacer" />
        <CaptureControls />
      </div>
      <FrameFilters />
      <div className="kd-inspector-split">
        <FrameList />
        <FrameDetail />
      </div>
    </div>
  );
}
