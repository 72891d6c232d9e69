export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      {message}
    </div>
  );
}
