// Provides message content's services (links, images, names) from the app's store.
import { useMemo, type ReactNode } from 'react';
import { useStoreApi } from '../../store';
import { ContentProvider } from './content';
import { appContentServices } from './contentServices';

export function MessageContentProvider({ children }: { children: ReactNode }) {
  const store = useStoreApi();
  const services = useMemo(() => appContentServices(store), [store]);
  return <ContentProvider services={services}>{children}</ContentProvider>;
}
