import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n';

interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  /** When given, the dialog is a form: Enter submits, Escape cancels. */
  onSubmit?(): void;
  submitLabel?: string;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
export function Dialog({
  title,
  open,
  onClose,
  onSubmit,
  submitLabel,
  children,
  wide,
}: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      onClose={onClose}
      aria-label={title}
    >
      {open && (
        <form method="dialog" onSubmit={submit}>
          <h2>{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {onSubmit ? t('common.cancel') : t('common.close')}
            </button>
            {onSubmit && (
              <button type="submit" className="primary">
                {submitLabel ?? t('common.ok')}
              </button>
            )}
          </div>
        </form>
      )}
    </dialog>
  );
}
