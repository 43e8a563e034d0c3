/**
 * A row shape taken from a cds-typer type: the named elements, each present. `Row` drops null as well (the code made
 * or selected the row with every value set); `Columns` keeps null (columns a query reads as stored).
 */
export type Row<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> }
export type Columns<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> }
