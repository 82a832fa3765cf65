# Errors from below: files, folders, bytes and TOML syntax.
# $path is a file or folder as the user wrote it.

error-read = cannot read { $path }
error-read-folder = cannot read the folder { $path }
error-folder-no-toml = the folder { $path } holds no .toml file
error-questionnaires-not-folder = --questionnaires: { $path } is not a folder
error-write = cannot write { $path }
error-write-folder = cannot write { $path }: it is a folder
error-write-links = cannot write { $path }: too many levels of symbolic links
error-write-no-folder = cannot write { $path }: there is no folder { $folder }
error-write-permissions = cannot keep the permissions of { $path }
error-save = cannot save { $path }
error-output-is-input = -o { $output }: that is the input file { $input }; choose another output file
error-invalid-utf8 = the file is not valid UTF-8
error-invalid-utf8-help = save the file as UTF-8 (TOML files are UTF-8)
error-invalid-utf8-at = { $path }:{ $line }:{ $column }: the file is not valid UTF-8
error-toml-syntax = { $detail }
error-toml-too-deep-help = tables, arrays or dotted keys nest too deep here; no file of outsource nests more than a few levels
error-provider-twice = { -provider } `{ $provider }` appears twice
error-provider-twice-first = first in { $first }

# The detail of an I/O error, after the sentence that names the file.
io-detail = : { $detail }
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder
io-not-a-directory = a part of the path is not a folder
io-already-exists = it already exists
io-invalid-data = the data is not valid
io-storage-full = the disk is full
io-read-only = the file system is read-only

## Diagnostics in files (src/diag.rs): the level words of `error[code]: …`,
## `= help: …` and `= note: …`. $label is the word with its code, if any.

diag-level-error = error
diag-level-warning = { -warning }
diag-level-help = help
diag-level-note = note
diag-label = { $label }
