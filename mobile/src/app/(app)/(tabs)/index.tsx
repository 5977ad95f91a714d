import { Empty, Screen } from '@/ui';

export default function Placeholder() {
  return (
    <Screen>
      <Empty title="Coming up" />
    </Screen>
  );
}
