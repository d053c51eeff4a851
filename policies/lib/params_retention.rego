package safeguard.lib.params

# Medical-record retention in years by RetentionSchedule jurisdiction.
# HIPAA sets no medical-record clock (its 6 years, 164.316(b)(2)(i), cover
# compliance documentation); state law and program rules do. Defaults to
# confirm with counsel: US-CA 7 (H&S Code 123145), US-TX 7 (physicians;
# hospitals 10), US-NY 6 (hospitals), US-NC 11 (hospitals), US-FL 5
# (physicians), US-AZ 6, US-NV 5; US (federal only) 6 as a convention
# (critical access hospitals 6, Medicare CoP hospitals 5, 42 CFR 424.516(f)
# ordering documentation 7). A jurisdiction not listed is not checked.
defaults["medical_record_retention_years"] := {
	"US": 6,
	"US-AZ": 6,
	"US-CA": 7,
	"US-FL": 5,
	"US-NC": 11,
	"US-NV": 5,
	"US-NY": 6,
	"US-TX": 7,
}

# Years past majority (18) that medical records of minors are kept, where
# state law extends retention for minors. Defaults to confirm with counsel:
# US-CA at least 1 year past 18 (H&S Code 123145), US-TX until 21
# (physicians; hospitals until 20), US-NY until 21, US-NC until 30, US-AZ 3
# years past 18, US-NV never before age 23.
defaults["minors_after_majority_years"] := {
	"US-AZ": 3,
	"US-CA": 1,
	"US-NC": 12,
	"US-NV": 5,
	"US-NY": 3,
	"US-TX": 3,
}
