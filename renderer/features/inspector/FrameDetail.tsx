// The selected frame's raw JSON as a tree, with Copy (issue 5).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/clipboard';
import { useAppStore } from '../../store';
import { JsonTree } from './JsonTree';

export function FrameDetail() {
  const { t } = useTranslation('inspector');
  const selected = useAppStore((s) => s.inspectorSelected);
  const selectFrame = useAppStore((s) => s.selectFrame);
  const [copied, setCopied] = useState(false);
  return (
    <section className="kd-frame-detail" aria-label={t('detail')}>
      {!selected && <p className="kd-muted kd-pad">{t('noSelection')}</p>}
      {selected && selected.json === null && <p className="kd-muted kd-pad">{t('loadingRaw')}</p>}
      {selected && selected.json !== null && (
        <>
          <div className="kd-toolbar">
            <strong>#{selected.seq}</strong>
            <button type="button" onClick={() => void copyText(selected.json ?? '').then(setCopied)}>
              {copied ? t('copied') : t('copy')}
            </button>
            <button type="button" className="kd-link-button" aria-label={t('closeDetail')} onClick={() => void selectFrame(null)}>
              ×
            </button>
          </div>
          <JsonTree json={selected.json} />
        </>
      )}
    </section>
  );
}
