# Messages added by the fixes of the interview's second hands-on trial.

## Before the first question (src/commands/interview/mod.rs)

interview3-folder-missing = the folder { $folder } does not exist, so { $path } cannot be saved there: create the folder or choose another file with --brief
interview3-folder-not-writable = cannot write in the folder { $folder } ({ $error }), so { $path } cannot be saved there: choose another file with --brief

## At the prompts (src/prompt/)

# Above a list whose current answer is "not applicable" (no item shows it).
interview3-list-not-applicable = Now: { -not-applicable } ({ $reason }). Enter keeps it; choose an answer to change it.
