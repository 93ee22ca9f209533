// The app's confirmation of a destructive action, in place: a warning
// saying exactly what goes, the action's button and « Annuler ». The
// keyboard lands on « Annuler », and Escape cancels from anywhere inside.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ConfirmProps {
  /** Id of the warning, which also names the group. */
  warningId: string;
  /** What will go, in words (paragraphs, a list). */
  warning: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  confirmId?: string;
  cancelId?: string;
  /** The action is under way, or not allowed yet (a name to type…). */
  disabled?: boolean;
  /** Between the warning and the buttons (a field to fill first). */
  children?: ComponentChildren;
}

export function Confirm({ warningId, warning, confirmLabel, cancelLabel, onConfirm, onCancel, confirmId, cancelId, disabled, children }: ConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would draw a frame around a warning and two buttons that are not a form.
    <div class="confirm-delete stack" role="group" aria-labelledby={warningId} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div class="warning" id={warningId}>
        {warning}
      </div>
      {children}
      <div class="actions">
        <button type="button" class="danger" id={confirmId} disabled={disabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" id={cancelId} ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
