// The one flow of both workspace forms: check in the browser, save (create or update) as a draft, and
// with 提交审核 submit it too; server refusals go next to their field, the rest into an ErrorNotice.
import { message, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../shared/errors';

export interface DraftFormOptions<V> {
  form: FormInstance<V>;
  /** the item's id when editing */
  id: string | undefined;
  /** the form's field names: a server refusal naming another field is shown in the notice */
  fields: readonly string[];
  /** server reasons that concern a field but do not name it */
  fieldOfReason?: Record<string, string>;
  save: (values: V, id: string | undefined) => Promise<string>;
  submit: (id: string) => Promise<unknown>;
  /** where to go once saved (a refused submit stays on the form, which then updates what it created) */
  listPath: string;
}

export function useDraftForm<V>(o: DraftFormOptions<V>) {
  const navigate = useNavigate();
  const saved = useRef(o.id);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (andSubmit: boolean) => {
    let values: V;
    try {
      values = await o.form.validateFields();
    } catch {
      return; // the form shows what is wrong next to each field
    }
    setError(null);
    setBusy(andSubmit ? 'submit' : 'draft');
    try {
      saved.current = await o.save(values, saved.current);
      if (andSubmit) await o.submit(saved.current);
      void message.success(andSubmit ? '已提交审核' : '已保存草稿');
      await navigate(o.listPath);
    } catch (err) {
      const { fields, rest } = fieldErrors(err, o.fieldOfReason);
      const known = fields.filter((f) => o.fields.includes(f.name));
      o.form.setFields(known as never);
      const others = [
        ...fields.filter((f) => !o.fields.includes(f.name)).flatMap((f) => f.errors),
        ...rest.map((i) => i.words),
      ];
      setError(others.length ? others.map((words) => ({ message: words })) : null);
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, saveDraft: () => run(false), submit: () => run(true) };
}
