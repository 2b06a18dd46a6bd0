// An image's src, or none while a jump paints its rows first (store/paintFirst.ts): a picture
// mounted during the hold is asked for when the hold ends, one mounted otherwise at once.
import { useEffect, useState } from 'react';
import { imagesHeld, whenImagesReleased } from '../store/paintFirst';

export function useHeldSrc(src: string | undefined): string | undefined {
  const [held, setHeld] = useState(imagesHeld);
  useEffect(() => (held ? whenImagesReleased(() => setHeld(false)) : undefined), [held]);
  return held ? undefined : src;
}
