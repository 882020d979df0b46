import { FieldEdit } from './FieldEdit';
import { FieldShell } from './FieldShell';

/** Editing the Customer or Service field: a choice by name. */
export function EditApp() {
  return <FieldShell>{(field) => <FieldEdit fieldKey={field.key} value={field.value} issueKey={field.issueKey} />}</FieldShell>;
}
