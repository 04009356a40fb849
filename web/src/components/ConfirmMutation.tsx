// "Really do this?" for a destructive change of one thing (delete a ticket, withdraw an invite): the dialog is
// open while there is a subject, runs the mutation on confirm, shows its error in place and closes on success;
// Cancel closes it and forgets the error.
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { Notice } from './Notice';

export function ConfirmMutation<S, V>({
  subject,
  close,
  mutation,
  variables,
  title,
  confirmLabel,
  children,
}: {
  subject: S | null;
  close: () => void;
  mutation: UseMutationResult<unknown, Error, V>;
  variables: (subject: S) => V;
  title: (subject: S) => string;
  confirmLabel: string;
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      open={subject !== null}
      title={subject === null ? '' : title(subject)}
      confirmLabel={confirmLabel}
      danger
      busy={mutation.isPending}
      onCancel={() => {
        mutation.reset();
        close();
      }}
      onConfirm={() => mutation.mutate(variables(subject!), { onSuccess: close })}
    >
      {children}
      {mutation.error && <Notice tone="bad">{mutation.error.message}</Notice>}
    </ConfirmDialog>
  );
}
