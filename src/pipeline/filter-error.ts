/** A mistake in a filter expression (`-e`, `-P`): the CLI turns it into exit 2 with this message. */
export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterError';
  }
}
