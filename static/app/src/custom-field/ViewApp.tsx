import { FieldShell } from './FieldShell';
import { FieldView } from './FieldView';

/** The Customer or Service field as the issue and the portal show it: the name its value carries. */
export function ViewApp() {
  return <FieldShell>{(field) => <FieldView value={field.value} />}</FieldShell>;
}
