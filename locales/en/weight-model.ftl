# How --sensitivity draws weights (src/ranking/smaa/types.rs), as the ranking
# and the report state it. $low and $high are already written for the language.

weight-model-around = each { -weight } times an independent uniform factor in [{ $low }, { $high }], then renormalised to sum 1
weight-model-no-preference = no preference: { -weights } drawn uniformly among all the weight vectors that sum to 1
weight-model-ordinal = ordinal: { -weights } drawn uniformly among the vectors that keep the order of the given weights
