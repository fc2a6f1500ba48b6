import { Alert } from 'antd';
import { errorIssues } from './errors';

/** The one way a failed query or mutation is shown: its refusals in words (role="alert"). */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const issues = errorIssues(error);
  if (!issues.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={title ?? issues[0]!.words}
      description={title || issues.length > 1 ? issues.map((i) => i.words).join('；') : undefined}
    />
  );
}
