// The frame every moderation dialog shares (UI.md "Interaction rules"): modal, focus trapped
// inside, Esc cancels, Enter confirms (unless the focus is on a button or a multi-line field,
// which keep their own meaning of Enter).
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export interface DialogFrameProps {
  title: string;
  children: ReactNode;
  onCancel(): void;
  /** Called on Enter; absent (or returning nothing) when the dialog cannot confirm now. */
  onEnter?: () => void;
  wide?: boolean;
}

export function DialogFrame({ title, children, onCancel, onEnter, wide }: DialogFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button');
    first?.focus();
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key === 'Tab') return trapFocus(e);
    if (e.key !== 'Enter' || e.shiftKey) return;
    const target = e.target;
    const ownEnter = target instanceof HTMLButtonElement || target instanceof HTMLTextAreaElement;
    if (ownEnter && !(target instanceof HTMLTextAreaElement && (e.ctrlKey || e.metaKey))) return;
    e.preventDefault();
    onEnter?.();
  }

  function trapFocus(e: KeyboardEvent<HTMLDivElement>) {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !ref.current?.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !ref.current?.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="kd-dialog-backdrop">
      <div
        ref={ref}
        className={wide ? 'kd-dialog kd-mod-dialog kd-mod-dialog-wide' : 'kd-dialog kd-mod-dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={onKeyDown}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
