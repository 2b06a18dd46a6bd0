// A round image through the image proxy, or the name's first letter when there is none.
import { imageSrc } from './imageSrc';
import { useHeldSrc } from './useHeldSrc';

export function Avatar({ url, name, size = 32 }: { url: string | undefined; name: string; size?: number }) {
  const src = url ? imageSrc(url) : null;
  const shown = useHeldSrc(src ?? undefined);
  const style = { width: size, height: size };
  if (!src) {
    return (
      <span className="kd-avatar kd-avatar-letter" style={style} aria-hidden="true">
        {name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  // Decoded off the frame, and asked for after a jump's rows are painted (useHeldSrc): the rows
  // come first, the pictures a moment later.
  return <img className="kd-avatar" style={style} src={shown} alt="" aria-hidden="true" decoding="async" />;
}
