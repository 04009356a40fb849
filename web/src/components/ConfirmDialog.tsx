// A confirmation in a native modal <dialog>: focus moves in, Escape cancels, focus returns afterwards.
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger,
  hideConfirm,
  cancelLabel = 'Cancel',
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  /** Offer only Cancel (or `cancelLabel`): when the action is known to be refused, e.g. deleting what is in use. */
  hideConfirm?: boolean;
  cancelLabel?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onCancel={(event) => (event.preventDefault(), onCancel())}>
      <h2 id="dialog-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
        {!hideConfirm && (
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} busy={busy}>
            {confirmLabel}
          </Button>
        )}
      </div>
    </dialog>
  );
}
