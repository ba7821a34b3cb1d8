import { useState } from 'preact/hooks';
import { isDataAddress } from '../../data-update/address';
import { isPublicKey } from '../../data-update/verify';
import { useI18n } from '../i18n';

interface Props {
  url: string;
  publicKey: string;
  /** Both empty: back to the built-in source. */
  onSave: (url: string, publicKey: string) => void;
}

/** A newsroom's or researcher's own signed source: its address and public key, both checked. */
export function OwnSourceForm({ url, publicKey, onSave }: Props) {
  const { t } = useI18n();
  const [address, setAddress] = useState(url);
  const [key, setKey] = useState(publicKey);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const [a, k] = [address.trim(), key.trim()];
    const cleared = a === '' && k === '';
    if (!cleared && !isDataAddress(a)) return setError(t('optionsDataBadUrl'));
    if (!cleared && !isPublicKey(k)) return setError(t('optionsDataBadKey'));
    setError(null);
    onSave(a, k);
  };
  return (
    <form class="cc-own-source" onSubmit={submit}>
      <label for="cc-data-url">{t('optionsDataUrl')}</label>
      <input
        id="cc-data-url"
        type="url"
        autoComplete="off"
        spellcheck={false}
        value={address}
        aria-invalid={error === t('optionsDataBadUrl')}
        aria-describedby={error ? 'cc-data-error' : undefined}
        onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
      />
      <label for="cc-data-key">{t('optionsDataKey')}</label>
      <input
        id="cc-data-key"
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={key}
        aria-invalid={error === t('optionsDataBadKey')}
        aria-describedby={error ? 'cc-data-error' : undefined}
        onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">{t('optionsDataSave')}</button>
      {error ? (
        <p id="cc-data-error" class="cc-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
