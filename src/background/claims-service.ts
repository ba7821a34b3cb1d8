import { loadClaimsIndex } from '../claims/claims-index';
import { matchReading } from '../claims/reading';
import type { Matcher } from './handlers';

/**
 * Loads the bundled claims database once, on the first request that needs it, so the service
 * worker starts fast; every later request reuses the index. A database that fails validation
 * rejects every match request with a clear error instead of answering with wrong figures.
 */
export function createMatcherLoader(readDatabase: () => string): () => Promise<Matcher> {
  let loading: Promise<Matcher> | undefined;
  return () => {
    loading ??= Promise.resolve().then(() => {
      const index = loadClaimsIndex(JSON.parse(readDatabase()));
      return (query) => matchReading(index, query);
    });
    return loading;
  };
}
