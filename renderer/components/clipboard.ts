// Copies text if the platform allows it; failure is silent (a copy button is a convenience).
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
