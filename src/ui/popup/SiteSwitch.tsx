interface Props {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The per-site switch: a real checkbox with role="switch" whose accessible name names the site. */
export function SiteSwitch({ site, enabled, onChange }: Props) {
  return (
    <label class="cc-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="cc-switch-track" aria-hidden="true" />
      <span>
        Annotate <strong>{site}</strong>
      </span>
    </label>
  );
}
