/**
 * Outside BTP, the SAP Cloud SDK reads destinations from the environment variable `destinations` (a JSON array).
 * Development adds its own (the mock S/4HANA, the PACT demo customer) to what is set there, without replacing a
 * destination of the same name that the user configured.
 */
export function addLocalDestination(destination: { name: string; url: string } & Record<string, unknown>): void {
  const configured = JSON.parse(process.env.destinations ?? '[]') as Array<{ name: string }>
  if (!configured.some(d => d.name === destination.name)) process.env.destinations = JSON.stringify([...configured, destination])
}
