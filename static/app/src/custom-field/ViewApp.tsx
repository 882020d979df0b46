import { FieldShell } from './FieldShell';
import { FieldView } from './FieldView';

/** The Customer or Service field as the issue shows it: the name for the stored id. */
export function ViewApp() {
  return <FieldShell>{(field) => <FieldView fieldKey={field.key} value={field.value} />}</FieldShell>;
}
