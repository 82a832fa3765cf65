# Messages added by the fixes of the interview's second hands-on trial.

## Before the first question (src/commands/interview/mod.rs)

interview3-folder-missing = the folder { $folder } does not exist, so { $path } cannot be saved there: create the folder or choose another file with --brief
interview3-folder-not-writable = cannot write in the folder { $folder } ({ $error }), so { $path } cannot be saved there: choose another file with --brief

## At the prompts (src/prompt/)

# Above a list whose current answer is "not applicable" (no item shows it).
interview3-list-not-applicable = Now: { -not-applicable } ({ $reason }). Enter keeps it; choose an answer to change it.

## Numbers out of bounds (src/interview/number.rs) and their bounds in the help
## (src/prompt/mod.rs). The unit comes from the questionnaire, in the plural only:
## after a singular number ($count, CLDR plural rules) it is named apart.

interview3-number-below-minimum = { $shown } is below the minimum, { $count ->
        [one] { $bound } (unit: { $unit })
       *[other] { $bound } { $unit }
    }
interview3-number-above-maximum = { $shown } is above the maximum, { $count ->
        [one] { $bound } (unit: { $unit })
       *[other] { $bound } { $unit }
    }
interview3-range-between = from { $min } to { $count ->
        [one] { $max } (unit: { $unit })
       *[other] { $max } { $unit }
    }
interview3-range-from = { $count ->
        [one] { $min } or more (unit: { $unit })
       *[other] { $min } { $unit } or more
    }
interview3-range-up-to = up to { $count ->
        [one] { $max } (unit: { $unit })
       *[other] { $max } { $unit }
    }

# A number the brief could not keep exactly as typed (more digits than a
# floating-point number holds).
interview3-number-not-exact = `{ $typed }` has too many digits to be kept exactly as typed: use at most 15 significant digits

# Ticking an option that is an answer on its own while others are ticked.
interview3-alone-untick-others = “{ $label }” is an answer on its own: untick the other options first
# Ticking an option while one that is an answer on its own is ticked.
interview3-alone-untick-it = “{ $label }” is ticked and is an answer on its own: untick it first
# The list's keys; $keys is the range of digits that pick an option (1-4, or 1).
interview3-footer-choose = ↑↓ or { $keys } choose, Enter confirms
interview3-footer-tick = ↑↓ move, Space or { $keys } tick, Enter confirms
