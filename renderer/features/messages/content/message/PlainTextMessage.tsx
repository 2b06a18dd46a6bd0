import { useMemo } from 'react';
import { SafeLink } from '../render/SafeLink';
import { splitLinks } from '../safety/urls';

/** Type 1: literal text; only http(s) URLs become links (EVENTS.md message types). */
export function PlainTextMessage({ text }: { text: string }) {
  const parts = useMemo(() => splitLinks(text.slice(0, 200_000)), [text]);
  return (
    <div className="kd-md kd-md-plain">
      {parts.map((part, index) =>
        part.kind === 'text' ? part.text : <SafeLink key={index} href={part.href}>{part.text}</SafeLink>,
      )}
    </div>
  );
}
