// A button that writes a file into the export folder (Documents/Permanence)
// and says where it went: the week's list as a PDF, deadlines as .ics.
import { useState } from 'preact/hooks';

import { type CommandError, toCommandError } from '../api';
import { useT } from '../services';

interface ExportButtonProps {
  id: string;
  label: string;
  save: () => Promise<string>;
}

export function ExportButton({ id, label, save }: ExportButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setPath(await save());
    } catch (e) {
      setError(toCommandError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="export">
      <button type="button" id={id} onClick={run} disabled={busy}>
        {label}
      </button>
      <span role="status" class="export-status" id={`${id}-status`}>
        {path && t('export-saved', { path })}
      </span>
      {error && (
        <span class="form-error" role="alert">
          {error.message}
        </span>
      )}
    </span>
  );
}
