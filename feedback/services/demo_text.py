"""Synthetic free-text feedback for the seed-demo database.

Every comment is assembled here from small invented parts (an optional context sentence,
a theme sentence with slots such as {ward} or {hours}, an optional sign-off) and then lightly
roughened with typos, lowercase and dropped full stops. Nothing is taken from real feedback.
About 3% of comments carry personal data so redaction has something to find; it is all
fictional: Ofcom drama phone ranges, example.* email domains and NHS numbers in the 999 test
range with a valid check digit.

Staff agreement keys score these statements from 1 (strongly disagree) to 5 (strongly agree):
valued "I feel valued for the work I do", workload "My workload is manageable",
safe_to_speak "I feel safe to speak up", recommend "I would recommend this organisation
as a place to work", resources "I have the equipment and resources I need".
"""

import random
import re
from collections import ChainMap
from dataclasses import dataclass

SECTORS = ("nhs_acute", "primary_care", "adult_social_care", "housing", "voluntary")
FFT_VALUES = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")
AGREEMENT_ITEMS = ("valued", "workload", "safe_to_speak", "recommend", "resources")


@dataclass(frozen=True)
class PatientComment:
    fft: str
    good: str
    better: str
    respondent_type: str
    theme_hint: str


@dataclass(frozen=True)
class StaffComment:
    agreement: dict[str, int]
    change: str
    theme_hint: str


# Relative weights: which topics people raise, per sector.
PATIENT_THEMES = {
    "nhs_acute": {"waiting_times": 18, "staff_attitude": 16, "communication": 12, "staffing_levels": 8,
                  "parking_and_access": 9, "food": 7, "cleanliness": 6, "discharge_and_transfers": 9,
                  "appointments_booking": 6, "continuity_of_care": 5},
    "primary_care": {"appointments_booking": 22, "waiting_times": 9, "staff_attitude": 15, "communication": 11,
                     "continuity_of_care": 9, "prescriptions": 10, "parking_and_access": 5, "cleanliness": 3,
                     "staffing_levels": 5, "discharge_and_transfers": 5},
    "adult_social_care": {"continuity_of_care": 16, "waiting_times": 13, "staffing_levels": 14,
                          "staff_attitude": 15, "communication": 12, "food": 6, "cleanliness": 4,
                          "discharge_and_transfers": 10, "appointments_booking": 4},
    "housing": {"repairs_and_housing_conditions": 28, "communication": 14, "staff_attitude": 10,
                "waiting_times": 10, "appointments_booking": 9, "cleanliness": 7, "parking_and_access": 6,
                "continuity_of_care": 5, "discharge_and_transfers": 4, "staffing_levels": 4},
    "voluntary": {"staff_attitude": 17, "communication": 12, "continuity_of_care": 10, "staffing_levels": 9,
                  "waiting_times": 7, "food": 8, "parking_and_access": 6, "appointments_booking": 5,
                  "discharge_and_transfers": 6, "funding_and_cuts": 8},
}
STAFF_THEMES = {
    "nhs_acute": {"staffing_levels": 14, "workload_and_wellbeing": 14, "it_systems": 10,
                  "training_and_development": 7, "pay_and_recognition": 8, "communication": 9,
                  "parking_and_access": 8, "discharge_and_transfers": 8, "food": 4, "cleanliness": 3,
                  "waiting_times": 5, "staff_attitude": 5, "continuity_of_care": 3, "appointments_booking": 3},
    "primary_care": {"workload_and_wellbeing": 15, "appointments_booking": 12, "it_systems": 10,
                     "staffing_levels": 10, "pay_and_recognition": 7, "training_and_development": 6,
                     "communication": 7, "staff_attitude": 8, "prescriptions": 6, "continuity_of_care": 5,
                     "discharge_and_transfers": 5, "parking_and_access": 3, "waiting_times": 4},
    "adult_social_care": {"pay_and_recognition": 15, "staffing_levels": 12, "workload_and_wellbeing": 12,
                          "continuity_of_care": 10, "training_and_development": 7, "it_systems": 6,
                          "communication": 8, "discharge_and_transfers": 8, "parking_and_access": 6,
                          "staff_attitude": 5, "waiting_times": 4, "food": 3},
    "housing": {"repairs_and_housing_conditions": 16, "workload_and_wellbeing": 12, "it_systems": 10,
                "staffing_levels": 8, "communication": 8, "training_and_development": 6,
                "pay_and_recognition": 6, "staff_attitude": 8, "discharge_and_transfers": 5,
                "continuity_of_care": 4, "cleanliness": 4, "appointments_booking": 6, "waiting_times": 4,
                "parking_and_access": 3},
    "voluntary": {"funding_and_cuts": 16, "staffing_levels": 12, "workload_and_wellbeing": 10,
                  "training_and_development": 8, "pay_and_recognition": 8, "it_systems": 6,
                  "communication": 7, "discharge_and_transfers": 5, "parking_and_access": 4, "food": 5,
                  "continuity_of_care": 5, "waiting_times": 5},
}

MOOD_BY_SECTOR = {  # praise / complaint / mixed share of patient comments
    "nhs_acute": {"praise": 50, "complaint": 30, "mixed": 20},
    "primary_care": {"praise": 42, "complaint": 38, "mixed": 20},
    "adult_social_care": {"praise": 48, "complaint": 30, "mixed": 22},
    "housing": {"praise": 30, "complaint": 50, "mixed": 20},
    "voluntary": {"praise": 62, "complaint": 18, "mixed": 20},
}
FFT_BY_MOOD = {  # correlated with the text but noisy, as real FFT returns are
    "praise": {"very_good": 62, "good": 30, "neither": 4, "poor": 1.5, "very_poor": 0.5, "dont_know": 2},
    "complaint": {"very_good": 3, "good": 9, "neither": 18, "poor": 35, "very_poor": 33, "dont_know": 2},
    "mixed": {"very_good": 18, "good": 42, "neither": 24, "poor": 12, "very_poor": 2, "dont_know": 2},
}
CARER_SHARE = {"nhs_acute": 0.15, "primary_care": 0.1, "adult_social_care": 0.45, "housing": 0.08,
               "voluntary": 0.25}
RELATIVES = ("Mum", "Dad", "my husband", "my wife", "my son", "my daughter", "my partner", "my nan")

COMMON_SLOTS = {
    "mins": ["10 minutes", "15 minutes", "about 20 minutes", "25 mins", "half an hour", "40 minutes",
             "under an hour", "35 mins", "twenty minutes"],
    "hours": ["three hours", "4 hours", "five hours", "six hours", "nearly seven hours", "over 8 hours",
              "two and a half hours", "9 hours", "11 hours", "4 and a half hours"],
    "hours_short": ["an hour", "two hours", "a couple of hours", "90 minutes"],
    "late": ["40 minutes", "45 mins", "over an hour", "an hour and a half", "nearly two hours", "an hour"],
    "days_n": ["two days", "3 days", "a week", "ten days", "a fortnight", "two weeks", "5 days", "eight days"],
    "months": ["six weeks", "two months", "three months", "4 months", "six months", "nearly a year",
               "over a year", "eighteen months"],
    "count": ["three", "four", "five", "6", "seven"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "daypart": ["morning", "afternoon", "evening", "night"],
    "time": ["8am", "8.30", "9am", "10:15", "half 11", "lunchtime", "2pm", "4.30pm", "teatime", "7pm"],
    "late_time": ["6pm", "7pm", "half 7", "gone 8", "nearly 9pm", "10 at night"],
    "ago": ["last month", "a few weeks ago", "in the spring", "back in {month}", "last year", "recently"],
    "month": ["January", "March", "April", "June", "September", "November"],
    "great": ["great", "brilliant", "really good", "fantastic", "spot on", "a relief", "amazing"],
    "staff_adj": ["kind", "caring", "friendly", "professional", "lovely", "helpful", "so kind", "warm"],
    "staff_adj2": ["patient", "attentive", "calm", "cheerful", "thorough", "respectful", "gentle", "reassuring"],
    "bad_adj": ["rude", "dismissive", "abrupt", "off-hand", "condescending", "unhelpful", "quite cold",
                "really short with {whom}"],
    "money": ["£3.50", "£4", "£5.20", "£6", "£8.40", "£12"],
    "queue_no": lambda rng: str(rng.randint(12, 48)),
    "ward_no": lambda rng: str(rng.randint(1, 34)),
    "n_small": ["two", "three", "2", "3"],
    "n_systems": ["three", "four", "five", "6", "seven"],
    "beds": ["24", "28", "30", "32", "36"],
    "tenure": ["two years", "five years", "over 10 years", "six months", "20 years"],
    "course": ["a leadership course", "mental health first aid", "an apprenticeship", "dementia training",
               "safeguarding level 3"],
}

SECTOR_SLOTS = {
    "nhs_acute": {
        "staff": ["the nurses", "the doctors", "the staff on {ward}", "the healthcare assistants", "the porters",
                  "the A&E team", "the physios", "the night staff", "the staff in the day unit"],
        "role": ["the nurse", "the consultant", "the junior doctor", "one of the HCAs", "the ward sister",
                 "the physio", "the porter", "the paramedic"],
        "place": ["A&E", "{ward}", "outpatients", "the {clinic}", "x-ray", "the day surgery unit"],
        "ward": ["Ward {ward_no}", "Ward {ward_no}", "Ward {ward_no}", "the AMU", "the stroke unit",
                 "the surgical assessment unit", "Ward {ward_no}B", "the CDU"],
        "clinic": ["fracture clinic", "eye clinic", "diabetes clinic", "antenatal clinic", "pre-op clinic",
                   "breast clinic", "ENT clinic"],
        "front": ["the front desk", "main reception", "the A&E reception", "the ward clerk"],
        "service": ["the hospital", "the trust", "the ward"],
        "people": ["patients", "patients", "families"],
        "unit": ["the ward", "ED", "theatres", "outpatients", "AMU"],
        "system": ["the EPR", "the e-obs system", "the bed management system", "the PAS", "the order comms"],
        "grade": ["band 5 nurses", "HCAs", "band 6s", "junior doctors", "domestics"],
    },
    "primary_care": {
        "staff": ["the receptionists", "the GPs", "the practice nurses", "the doctors", "the care navigators",
                  "the reception team", "the nurses"],
        "role": ["the GP", "the practice nurse", "the receptionist", "the nurse practitioner", "the pharmacist",
                 "the HCA who did {my} bloods", "the paramedic at the surgery"],
        "place": ["the surgery", "the practice", "the waiting room", "the health centre"],
        "front": ["reception", "the front desk", "the receptionist", "the lady on the phone"],
        "service": ["the surgery", "the practice", "the health centre"],
        "people": ["patients", "patients", "our patients"],
        "unit": ["reception", "the practice", "the dispensary", "the admin team"],
        "system": ["the phone system", "the clinical system", "the online consultation tool",
                   "the document workflow", "the appointment system"],
        "grade": ["receptionists", "practice nurses", "salaried GPs", "HCAs", "care navigators"],
    },
    "adult_social_care": {
        "staff": ["the carers", "the care workers", "the home care team", "the staff at the home",
                  "the reablement team", "the night staff", "the day centre staff"],
        "role": ["the social worker", "the care manager", "the OT", "the main carer", "the team leader",
                 "the new carer", "the manager at the home"],
        "place": ["the care home", "the day centre", "home", "the home"],
        "front": ["the office", "the person at the agency office", "the duty social worker",
                  "the council's contact centre"],
        "service": ["the care agency", "the council", "the service", "the home"],
        "people": ["clients", "the people we support", "residents", "service users"],
        "unit": ["the office", "the care home", "the community", "the reablement team"],
        "system": ["the rostering system", "the care planning app", "the case recording system",
                   "the call monitoring system", "the council portal"],
        "grade": ["care workers", "senior carers", "team leaders", "night carers"],
    },
    "housing": {
        "staff": ["the repairs team", "the contractors", "the operatives", "the customer service team",
                  "the housing officers", "the caretakers", "the call centre staff"],
        "role": ["the tenancy officer", "the housing officer", "the surveyor", "the plumber", "the caretaker",
                 "the operative", "the estate officer", "the man on the phone"],
        "place": ["the flat", "the property", "the block", "the estate", "the house"],
        "front": ["the contact centre", "the call centre", "the housing office", "the repairs line"],
        "service": ["the housing association", "the landlord", "the council"],
        "people": ["tenants", "residents", "tenants", "customers"],
        "unit": ["the contact centre", "the area office", "the neighbourhood team", "the repairs team"],
        "system": ["the housing management system", "the repairs scheduling system", "the CRM",
                   "the job ticket system"],
        "grade": ["housing officers", "contact centre staff", "surveyors", "caretakers"],
        "repair_item": ["the boiler", "the toilet", "the front door lock", "the kitchen tap", "the extractor fan",
                        "the heating", "the shower", "the back bedroom window", "the guttering", "the lift"],
        "room": ["the bathroom", "the back bedroom", "the baby's room", "the kitchen", "all the bedrooms",
                 "the living room"],
    },
    "voluntary": {
        "staff": ["the volunteers", "the staff at the centre", "the befrienders", "the drivers",
                  "the group leaders", "the advice team", "everyone at the hub"],
        "role": ["the befriender", "the support worker", "the advice worker", "the coordinator",
                 "the volunteer driver", "the lady who runs the group"],
        "place": ["the centre", "the drop-in", "the lunch club", "the community hub", "the church hall",
                  "the food bank"],
        "front": ["the man on the helpline", "the lady on the front desk", "the woman on the door"],
        "service": ["the charity", "the project", "the service", "the group"],
        "people": ["the people we support", "clients", "guests", "members"],
        "unit": ["the centre", "the hub", "the helpline", "the food bank"],
        "system": ["the referral database", "the CRM", "the spreadsheets", "the shared drive"],
        "grade": ["volunteers", "support workers", "coordinators"],
        "issue": ["benefits", "a PIP form", "debt", "Universal Credit", "energy bills", "a housing problem"],
    },
}

# Optional first sentence that sets the scene; written so "I" and "Mum" both read correctly.
CONTEXT = {
    "nhs_acute": ["{who} came into A&E on a {day} {daypart}.", "{who} was admitted to {ward} after a fall.",
                  "{who} had a knee operation on {day}.", "{who} spent {days_n} on {ward}.",
                  "Attended the {clinic} on {day}.", "{who} was brought in by ambulance at {time}.",
                  "Day surgery last {day}."],
    "primary_care": ["Needed an appointment for {my} chest.", "{who} went in for a blood test.",
                     "Asthma review with the practice nurse.", "Rang about {my} medication on {day}.",
                     "{who} had a smear test last week.", "Rang on {day} morning.", "Saw the GP about {my} back."],
    "adult_social_care": ["{my} carers come {n_small} times a day.", "{who} moved into the care home {ago}.",
                          "{who} came out of hospital {ago}.", "{my} care package started {ago}.",
                          "{who} started at the day centre {ago}."],
    "housing": ["Been a tenant for over {n_small} years.", "Reported a repair on {day}.", "{who} moved in {ago}.",
                "Rang the repairs line on {day}.", "{my} flat is on the 9th floor."],
    "voluntary": ["{who} started coming to the lunch club {ago}.", "{who} was referred by the GP.",
                  "Came to the drop-in for help with {issue}.", "{who} was matched with a befriender {ago}.",
                  "Used the food bank for the first time {ago}.", "{who} came to the advice session about {issue}."],
}
PRAISE_ENDINGS = ["", "", "", "", " Thank you.", " Thank you so much.", " Keep up the good work.",
                  " Couldn't fault it.", " Really appreciated.", " Many thanks.", " 10/10", " Well done all."]
COMPLAINT_ENDINGS = ["", "", "", "", " Not good enough.", " Really disappointing.", " This isn't acceptable.",
                     " Please sort it out.", " Very stressful.", " Something needs to change.", " Shocking."]
NOTHING = ["Nothing", "No", "N/A", "nothing", "No.", "Nothing really", "Can't think of anything",
           "no, all good", "Nothing at all.", "n/a", "Not really", "Nothing, keep doing what you're doing"]
FAINT_PRAISE = ["The staff tried their best", "Not much", "Very little", "Staff were nice enough",
                "{role} was ok", "Nothing", "", "", "", "Some of the staff were kind"]
MIXED_LINKS = ["But", "However", "Only downside:", "The one thing I'd say:", "Shame that", "Although"]
SUGGESTIONS = {"*": ["Just keep doing what you're doing.", "More information leaflets.", "Better signs."],
               "nhs_acute": ["Wi-Fi for visitors.", "A water fountain in outpatients.", "Phone chargers on the ward."],
               "primary_care": ["Maybe a few more chairs.", "A hearing loop at reception."],
               "adult_social_care": ["A copy of the rota each week would help."],
               "housing": ["A newsletter about planned works.", "Evening appointments for people who work."],
               "voluntary": ["A second session in the week would be lovely.", "A water fountain would be nice."]}

# Patient text per theme: sentence templates by polarity; "*" lines suit every sector.
PATIENT_TEXT = {
    "waiting_times": {
        "praise": {
            "*": ["Didn't have to wait long at all, seen within {mins}.",
                  "Hardly any wait, which made a big difference."],
            "nhs_acute": ["The wait in A&E was only {mins}, which was {great}.",
                          "Seen within {mins} of arriving in A&E on a {day} {daypart}, I couldn't believe it.",
                          "Triaged quickly and the wait to see a doctor was much shorter than expected.",
                          "Clinic ran on time and {who} was called in at {time} on the dot, no waiting about.",
                          "Minimal wait for the scan, in and out in {mins}.",
                          "The wait for {my} operation was shorter than we were told."],
            "primary_care": ["Called in on time, hardly any wait in the waiting room.",
                             "Only waited {mins} past the appointment time, which is fine.",
                             "Got a same day appointment and barely waited once in the surgery.",
                             "Blood results came back quickly, no waiting around for a call."],
            "adult_social_care": ["The carers arrive on time nearly every visit, never more than {mins} out.",
                                  "No waiting around, the assessment happened within {days_n}.",
                                  "Social worker came out quickly, within {days_n} of us ringing.",
                                  "Morning call is always on time so breakfast and tablets are never late."],
            "housing": ["Repair was done quickly, within {days_n} of reporting it, which was {great}.",
                        "Got through to the repairs line in a couple of minutes, no waiting on hold.",
                        "Emergency repair sorted the same day, didn't wait more than {hours_short}.",
                        "Didn't have to wait long at all for the gas safety check."],
            "voluntary": ["No waiting list, {who} was matched with a befriender within {days_n}.",
                          "Got an appointment with the advice worker quickly, only waited {days_n}.",
                          "Seen straight away at the drop-in, no waiting around.",
                          "Queue at the food bank moved quickly and there were chairs to wait on."],
        },
        "complaint": {
            "*": ["The wait was far too long and nobody said why.", "Waited {late} past the appointment time."],
            "nhs_acute": ["Waited {hours} in A&E with no update.",
                          "{who} waited {hours} on a trolley in the corridor before getting a bed.",
                          "The wait in A&E was {hours} and nobody could tell us how much longer.",
                          "Waited {hours} for pain relief on {ward}.",
                          "Clinic was running {late} late and nobody said a word, we just sat there waiting.",
                          "Still waiting for a date for {my} operation, it has been {months}."],
            "primary_care": ["Sat in the waiting room for {late} past the appointment time.",
                             "Waited {days_n} for a routine appointment.",
                             "Waited {days_n} for blood test results and had to chase them.",
                             "Waited in all day for a call back from the GP that never came."],
            "adult_social_care": ["The carers are often {late} late, {who} was left waiting for tablets again.",
                                  "Waited {months} for a social care assessment.",
                                  "Tea call is meant to be at 5 but they turn up at {late_time}, far too long a wait.",
                                  "We waited {days_n} for the care package to start."],
            "housing": ["Waited {months} for a repair to {repair_item}.",
                        "On hold for {late} every time I ring, the wait is ridiculous.",
                        "Been on the waiting list for a transfer for years.",
                        "Waited in all day for a contractor who never turned up."],
            "voluntary": ["The waiting list for a befriender is too long, {who} waited {months}.",
                          "Queue at the food bank was out the door and we waited over an hour in the cold.",
                          "Waited {days_n} for a call back from the advice line."],
        },
        "short_praise": {"*": ["no wait", "quick service", "seen quickly", "Very quick", "no waiting around"]},
        "short_complaint": {"*": ["waited too long", "Long wait", "wait was far too long", "waiting times"],
                            "nhs_acute": ["{hours} wait in A&E", "waited hours"], "housing": ["still waiting"]},
    },
    "staff_attitude": {
        "praise": {
            "*": ["{staff} were {staff_adj} and {staff_adj2}.",
                  "{staff} went above and beyond, nothing was too much trouble.",
                  "Really {staff_adj} staff who made {whom} feel at ease.",
                  "Everyone from {front} to {staff} treated {whom} with dignity and respect.",
                  "{role} was {staff_adj} and took time to listen.", "Treated like a person, not a number."],
            "nhs_acute": ["{staff} made a frightening time a lot less scary.",
                          "Even at {time} {staff} were {staff_adj} and {staff_adj2}."],
            "primary_care": ["{role} was {staff_adj} and didn't make {whom} feel like a time waster."],
            "adult_social_care": ["{staff} treat {whom} like family, always a laugh and a chat.",
                                  "{role} is {staff_adj} and {who} looked forward to every visit."],
            "housing": ["{role} was {staff_adj} and cleaned up after the job.",
                        "{role} was polite and respectful in {my} home."],
            "voluntary": ["{staff} are {staff_adj} and never judge anyone.",
                          "{who} felt welcome from the first day, the volunteers are {staff_adj}."],
        },
        "complaint": {
            "*": ["{front} was {bad_adj} when I asked a simple question.",
                  "One of {staff} was {bad_adj} and made {whom} feel like a nuisance.",
                  "Some staff were lovely but {role} was {bad_adj}.",
                  "Staff talked over {whom} as if {who} wasn't there.", "Was made to feel stupid for asking."],
            "nhs_acute": ["Call bell ignored on {ward} and the nurse was {bad_adj} when she finally came."],
            "primary_care": ["The receptionist was {bad_adj} and wanted to know all {my} business at the desk."],
            "adult_social_care": ["One carer is on her phone the whole visit and barely speaks to {whom}."],
            "housing": ["{role} spoke to {whom} like a criminal.",
                        "The operative was {bad_adj} and left a mess everywhere."],
            "voluntary": ["The volunteer on the door was {bad_adj} and made {whom} feel like a scrounger."],
        },
        "short_praise": {"*": ["lovely staff", "Staff were brilliant", "very kind staff", "Friendly staff",
                               "everyone was so kind"]},
        "short_complaint": {"*": ["rude staff", "Staff attitude", "receptionist was rude", "unfriendly"]},
    },
    "communication": {
        "praise": {
            "*": ["{role} explained everything clearly and checked {who} understood.",
                  "Kept informed at every stage, always knew what was happening next.",
                  "They actually listened to {whom} and didn't rush.",
                  "Clear explanation of what happens next, in plain English."],
            "nhs_acute": ["The doctor took time to explain the scan results to the whole family.",
                          "Nurses kept us updated even when {who} was waiting for theatre."],
            "primary_care": ["GP rang back when she said she would and explained the results.",
                             "Got a text with the results and what they meant."],
            "adult_social_care": ["The office always ring if the carer is running late.",
                                  "The social worker listened to what {who} wanted, not just what was available."],
            "housing": ["Got a text the day before the repair and a call when the operative was on the way.",
                        "The housing officer explained the rent changes clearly."],
            "voluntary": ["The advice worker explained the options clearly and signposted {whom} to the right people.",
                          "They listened and pointed {whom} to other services {who} didn't know existed."],
        },
        "complaint": {
            "*": ["Nobody told us anything.", "Not kept informed, had to chase for every update.",
                  "Felt like nobody was listening to {whom}.", "Told different things by different people.",
                  "Too much jargon, came away not understanding what was going on."],
            "nhs_acute": ["Nobody told us {who} was being moved to another ward.",
                          "Letter arrived after the appointment date.",
                          "Doctors did the ward round and left without explaining anything to {whom}."],
            "primary_care": ["Results were 'normal, no action' but nobody explained what that meant.",
                             "Asked for a call back about the referral and never heard anything."],
            "adult_social_care": ["The office never lets us know when the carer is late or if it's a different carer.",
                                  "Care plan changed and nobody told the family."],
            "housing": ["Reported the repair three times and each time there was no record of it.",
                        "Emails to the housing officer go unanswered.",
                        "Nobody explained why the repair was cancelled."],
            "voluntary": ["Was promised a call back about the grant and never heard anything.",
                          "The group changed day and nobody let {whom} know."],
        },
        "short_praise": {"*": ["kept informed", "explained everything", "good communication", "they listened"]},
        "short_complaint": {"*": ["communication", "nobody tells you anything", "poor communication",
                                  "no one listens"]},
    },
    "staffing_levels": {
        "praise": {
            "*": ["Plenty of staff around, never felt rushed.",
                  "Even though they were clearly busy, {staff} never made {whom} feel rushed."],
            "nhs_acute": ["Good to see enough nurses on the ward at night."],
            "adult_social_care": ["Always two carers for the hoist, never a wait for the second one.",
                                  "The carers stay the full time and never rush {whom}."],
            "housing": ["Enough staff on the phones now, much better than last year."],
            "voluntary": ["Lots of volunteers so there is always someone to talk to."],
        },
        "complaint": {
            "*": ["{staff} are clearly short staffed and run off their feet.",
                  "Not enough staff, and it shows.", "Lots of agency staff who didn't know {whom} or the routine."],
            "nhs_acute": ["Only one nurse for the whole bay on nights.",
                          "Not enough staff, {who} waited {late} for help to the toilet."],
            "primary_care": ["Clearly not enough GPs for the number of patients."],
            "adult_social_care": ["The carers are always rushing, in and out in ten minutes.",
                                  "Short staffed so visits get cut short, {who} was rushed through a wash."],
            "housing": ["Not enough staff in the call centre, you can tell."],
            "voluntary": ["They need more volunteers, the group was cancelled twice because nobody could run it."],
        },
        "short_praise": {"*": ["plenty of staff", "never rushed"]},
        "short_complaint": {"*": ["more staff needed", "short staffed", "not enough staff", "carers rushing"]},
    },
    "parking_and_access": {
        "praise": {
            "*": ["Easy to park and good disabled access.", "Signs were clear and it was easy to find {place}."],
            "nhs_acute": ["Parking was easy for once and the drop-off bay by the entrance helped."],
            "primary_care": ["Step-free access and a ramp at the surgery door, no problems with {my} wheelchair."],
            "housing": ["The lift was fixed quickly and the new ramp makes getting in and out easy."],
            "voluntary": ["The minibus pick-up made it possible for {whom} to get there."],
        },
        "complaint": {
            "*": ["Parking is a nightmare.", "Nowhere to park near {place} and {who} can't walk far.",
                  "Signage is terrible, got lost trying to find {place}."],
            "nhs_acute": ["Drove round the car park for {mins} looking for a space and nearly missed the appointment.",
                          "{money} to park is daylight robbery, and the pay machines don't take cards.",
                          "The parking app never works and the barrier was broken."],
            "primary_care": ["The surgery door is heavy and there is no automatic button.",
                             "Bus only runs once an hour to the health centre."],
            "housing": ["The lift in the block has been broken for {days_n} and {my} flat is on the 9th floor.",
                        "No ramp to the front door even though they know about the wheelchair.",
                        "Residents' parking is full of cars that don't belong on the estate."],
            "voluntary": ["The hall is up a flight of stairs, no good for anyone with a walking frame.",
                          "No parking at the centre so {who} had to get two buses."],
        },
        "short_praise": {"*": ["easy to park", "good access"]},
        "short_complaint": {"*": ["parking is a nightmare", "Parking!!", "car park too small", "no parking"]},
    },
    "food": {
        "praise": {
            "*": ["The food was hot and there was a good choice.", "Lovely cup of tea as soon as we arrived."],
            "nhs_acute": ["Meals on {ward} were much better than expected and the menu had plenty of choice.",
                          "The housekeeper made sure {who} had something to eat after coming back from theatre."],
            "adult_social_care": ["The cook at the home knows exactly how {my} tea should be made.",
                                  "The carers make proper meals, not just something in the microwave."],
            "voluntary": ["The lunch club meal is the highlight of {my} week.",
                          "The food parcel had fresh veg and toiletries as well as tins."],
        },
        "complaint": {
            "*": ["Food was cold by the time it arrived.", "Not much choice for a {diet} diet."],
            "nhs_acute": ["Nobody helped {whom} to eat and the tray was taken away untouched.",
                          "{who} missed a meal while in x-ray and nobody kept anything back.",
                          "Same sandwiches every day on {ward}."],
            "adult_social_care": ["The carers just put a ready meal in the microwave and leave.",
                                  "Food at the home is bland and there is no fresh fruit."],
            "voluntary": ["The food bank had run out of basics before we got to the front."],
        },
        "short_praise": {"*": ["Food was lovely", "good food", "nice cuppa"]},
        "short_complaint": {"*": ["Food was cold", "awful food", "food could be better"]},
    },
    "cleanliness": {
        "praise": {
            "*": ["Everywhere was spotless.", "Very clean and tidy, you could see the cleaners working all day."],
            "nhs_acute": ["{ward} was spotless and the toilets were cleaned several times a day."],
            "housing": ["The communal areas are kept clean and the caretaker is great."],
            "adult_social_care": ["The home is always clean and never smells."],
        },
        "complaint": {
            "nhs_acute": ["The toilets were dirty and stayed that way all day.",
                          "Chairs in the waiting area were stained.",
                          "Bins overflowing on {ward} and the floor was sticky.",
                          "Dried blood on the floor of the bay that nobody cleaned for hours."],
            "housing": ["The stairwell stinks and nobody cleans it.",
                        "Rubbish left in the bin store for weeks, now there are rats."],
            "adult_social_care": ["Carers don't always wash their hands or wear gloves.",
                                  "Commode left unemptied from the morning visit."],
            "primary_care": ["The waiting room toilet was filthy.", "Chairs in the waiting room were stained."],
            "voluntary": ["The hall toilets were dirty and the kitchen needs a deep clean."],
        },
        "short_praise": {"*": ["very clean", "spotless"]},
        "short_complaint": {"*": ["dirty toilets", "needs a good clean"]},
    },
    "discharge_and_transfers": {
        "praise": {
            "nhs_acute": ["Discharge was well organised, medication ready and transport booked.",
                          "The discharge team sorted the care package before {who} came home."],
            "primary_care": ["Referral to the hospital went through quickly, letter came in {days_n}.",
                             "The GP had the hospital discharge letter the next day and followed up."],
            "adult_social_care": ["Reablement team came the day after {who} got home from hospital, it was seamless.",
                                  "The hospital, the carers and the GP all seemed to talk to each other for once."],
            "housing": ["The housing team arranged a ground floor flat so {who} could come home from hospital.",
                        "Grab rails and a level access shower were fitted before {who} was discharged."],
            "voluntary": ["The home from hospital volunteers did a shop and settled {whom} in."],
        },
        "complaint": {
            "*": ["Nobody joined things up between the hospital, social services and the GP."],
            "nhs_acute": ["Told {who} could go home at 10am, finally left at {late_time} waiting for medication.",
                          "{who} was medically fit for {days_n} but stuck on the ward waiting for a care package.",
                          "Discharged at 11pm with no transport and no one at home."],
            "primary_care": ["The hospital said the GP would follow up and the GP said it was the hospital's job.",
                             "The referral got lost and we had to start again."],
            "adult_social_care": ["No care package in place when {who} was sent home from hospital.",
                                  "Hospital, social services and the GP don't talk to each other."],
            "housing": ["{who} couldn't come home from hospital because the adaptation still isn't done."],
            "voluntary": ["Nobody at the hospital mentioned support after discharge, we found the charity ourselves."],
        },
        "short_praise": {"*": ["smooth discharge", "joined up care"]},
        "short_complaint": {"*": ["discharge delays", "nobody joined up"]},
    },
    "appointments_booking": {
        "praise": {
            "*": ["Easy to book and a text reminder the day before."],
            "primary_care": ["Got through on the phone at 8am first try.",
                             "The online booking is easy, booked a blood test in two minutes.",
                             "The call-back system means no sitting on hold for ages."],
            "nhs_acute": ["Appointment letter came in good time and the text reminder was useful.",
                          "Easy to rearrange the outpatient appointment online."],
            "housing": ["Booked the repair online and got a choice of morning or afternoon slot."],
            "adult_social_care": ["The office changed the visit times when we asked, no fuss."],
            "voluntary": ["Easy to book onto the group over the phone."],
        },
        "complaint": {
            "primary_care": ["Rang at 8am, number {queue_no} in the queue, then all the appointments were gone.",
                             "Phone lines are impossible, rang {count} times and gave up.",
                             "The online booking never has any appointments available.",
                             "Can't get an appointment for {days_n}.", "Told to ring back at 8am tomorrow, again."],
            "nhs_acute": ["Appointment cancelled the day before, second time this has happened.",
                          "The booking line rang out every time I tried to rearrange."],
            "housing": ["Given a morning slot, nobody came and nobody rang.",
                        "The repairs line cuts off after 20 minutes on hold."],
            "adult_social_care": ["We had no say over visit times, bedtime call at 7pm is far too early."],
            "voluntary": ["The helpline is only open two mornings a week and is always engaged."],
        },
        "short_praise": {"*": ["easy to book"], "primary_care": ["got an appointment same day"]},
        "short_complaint": {"*": ["can't get through on the phone"],
                            "primary_care": ["8am scramble", "phone lines", "impossible to get an appointment"]},
    },
    "prescriptions": {
        "praise": {"primary_care": ["Repeat prescription ready at the pharmacy within two days of ordering on the app.",
                                    "The practice pharmacist reviewed {my} tablets and sorted out the side effects."]},
        "complaint": {"primary_care": ["Repeat prescription request lost again and {who} ran out of inhalers.",
                                       "Takes {days_n} to get a repeat prescription signed.",
                                       "Prescription sent to the wrong chemist twice."]},
        "short_praise": {"primary_care": ["repeat prescriptions easy"]},
        "short_complaint": {"primary_care": ["repeat prescriptions take too long"]},
    },
    "repairs_and_housing_conditions": {
        "praise": {"housing": ["The operative who fixed {repair_item} was {staff_adj} and cleaned up after himself.",
                               "Repair done properly first time.", "New kitchen fitted and it looks great.",
                               "Damp survey done quickly and the mould treatment has worked.",
                               "{repair_item} was replaced within {days_n} and works perfectly."]},
        "complaint": {"housing": ["Black mould in {room} for {months} and it's affecting the kids' chests.",
                                  "Reported damp and mould {count} times and they just paint over it.",
                                  "{repair_item} has been broken for {days_n}.",
                                  "Contractor came, said it was a job for a different trade and left.",
                                  "Windows won't shut, the heating doesn't work and the flat is freezing.",
                                  "Leak from the flat above coming through the ceiling in {room} for {months}."]},
        "short_praise": {"housing": ["repair done quickly", "good repair"]},
        "short_complaint": {"housing": ["damp and mould", "mould still not sorted", "fix the repairs"]},
    },
    "continuity_of_care": {
        "praise": {
            "*": ["Seeing the same person each time means not having to repeat everything."],
            "nhs_acute": ["The same consultant followed {whom} through from admission to clinic."],
            "primary_care": ["Saw the same GP each time, didn't have to repeat {my} story."],
            "adult_social_care": ["{my} carers have been the same for months and they know the routine."],
            "housing": ["The same tenancy officer has dealt with us for years and knows the history."],
            "voluntary": ["Same befriender every week, {who} really looked forward to it."],
        },
        "complaint": {
            "*": ["Had to tell {my} story to {count} different people."],
            "nhs_acute": ["{who} was moved {count} times between wards in one stay."],
            "primary_care": ["Never see the same GP twice, have to explain everything again."],
            "adult_social_care": ["Different carer nearly every day, never know who is coming.",
                                  "{count} different carers in one week, it is confusing and upsetting for {whom}."],
            "housing": ["Tenancy officer has changed three times this year, nobody knows the history."],
            "voluntary": ["The befriender left and nobody replaced them."],
        },
        "short_praise": {"*": ["same carers every time", "continuity"], "primary_care": ["same GP every time"]},
        "short_complaint": {"*": ["different person every time"],
                            "adult_social_care": ["different carers all the time"]},
    },
    "funding_and_cuts": {
        "praise": {"voluntary": ["Glad the lunch club got its funding renewed, it is {my} lifeline.",
                                 "Amazing what they do on a shoestring."]},
        "complaint": {"voluntary": ["Please don't cut the befriending service, it is a lifeline for {whom}.",
                                    "The group was cut from weekly to monthly because of funding."]},
        "short_praise": {"voluntary": ["worth every penny"]},
        "short_complaint": {"voluntary": ["keep the lunch club open", "don't cut the service"]},
    },
}
DIETS = ["diabetic", "halal", "vegetarian", "gluten free", "soft food"]
COMMON_SLOTS["diet"] = DIETS

# Staff text: "core" noun phrases answering "what one change...", "reason" sentences, "short" answers.
STAFF_TEXT = {
    "staffing_levels": {
        "core": {"*": ["more staff", "filling the vacancies", "less reliance on agency staff", "safe staffing levels"],
                 "nhs_acute": ["more nurses on nights"], "primary_care": ["another receptionist on at 8am"],
                 "adult_social_care": ["more carers on the rota"], "voluntary": ["more volunteers"]},
        "reason": {"*": ["We are {count} down on the rota and it is the same people covering every gap.",
                         "Last {day} there were {n_small} of us for the whole of {unit}.",
                         "We lost {count} people this year and replaced one."],
                   "nhs_acute": ["Regularly {n_small} nurses for {beds} beds on nights, it isn't safe.",
                                 "Agency staff don't know the patients or the routine."],
                   "adult_social_care": ["The carers are rushing from call to call and the clients notice.",
                                         "Agency carers don't know the clients or their routines."],
                   "primary_care": ["Locums don't know the patients, so everything takes longer."],
                   "voluntary": ["Groups get cancelled because there is nobody to run them."]},
        "short": {"*": ["More staff", "more staff!!", "staffing", "fill the vacancies", "more hands on the floor",
                        "recruit!", "Staff. Staff. Staff."]},
    },
    "workload_and_wellbeing": {
        "core": {"*": ["protected breaks", "a manageable workload", "finishing on time", "proper wellbeing support",
                       "less paperwork and more time with {people}"],
                 "adult_social_care": ["realistic travel time between calls"], "housing": ["a realistic caseload"]},
        "reason": {"*": ["Most shifts I don't sit down for {hours_short} and I go home exhausted.",
                         "{count} of my team are off with stress.", "Staying late unpaid is just expected.",
                         "The wellbeing offer is a link to an app, that isn't support.",
                         "I haven't had a full lunch break since {month}.", "I am doing the work of {n_small} people."],
                   "housing": ["I am holding nearly 400 tenancies on my patch."],
                   "primary_care": ["The GPs are seeing 40 patients a day and it is not sustainable."]},
        "short": {"*": ["protected breaks", "less pressure", "burnout", "time to breathe", "a break!", "less admin",
                        "time off that actually gets approved"]},
    },
    "it_systems": {
        "core": {"*": ["systems that talk to each other", "one login instead of {n_systems}",
                       "laptops that actually work", "fixing {system}", "Wi-Fi that works in {unit}"]},
        "reason": {"*": ["I log into {n_systems} different systems to see one person's record.",
                         "{system} crashes most afternoons and we lose work.",
                         "We still write things on paper and type them up again later.",
                         "It takes {mins} to log on at the start of a shift.",
                         "The whole of {unit} shares one printer that jams."],
                   "nhs_acute": ["Computers on wheels are always flat or missing."],
                   "adult_social_care": ["Rotas come through by text at midnight."],
                   "housing": ["I can't see the repairs history from the housing system."]},
        "short": {"*": ["IT", "better IT", "systems that work", "faster computers", "one login", "computers that work",
                        "fix the IT"]},
    },
    "training_and_development": {
        "core": {"*": ["protected time for training", "a proper induction", "clear career progression",
                       "face to face training instead of e-learning", "funding for courses"],
                 "nhs_acute": ["a preceptorship that actually happens"],
                 "adult_social_care": ["paid time to do the care certificate"]},
        "reason": {"*": ["Mandatory training gets done at home in our own time.",
                         "I have been a {grade_one} for years with no way up.",
                         "New starters are thrown in at the deep end.",
                         "I have asked for {course} in my appraisal {n_small} years running.",
                         "The last face to face course I went on was before Covid."],
                   "housing": ["Nobody trained us on damp and mould, we learned on the job."]},
        "short": {"*": ["training", "more training", "career progression", "time for training", "proper induction"]},
    },
    "pay_and_recognition": {
        "core": {"*": ["pay that reflects the job", "a thank you from senior managers now and then",
                       "recognition for the work we do", "a decent pay rise"],
                 "adult_social_care": ["being paid for travel time", "a mileage rate that covers petrol"],
                 "nhs_acute": ["paying band 5s properly for band 6 work"],
                 "voluntary": ["recognition for the volunteers who keep this place going"]},
        "reason": {"*": ["I could earn more stacking shelves at the supermarket.",
                         "Bills have gone up and pay hasn't.", "Nobody notices when we go the extra mile.",
                         "Agency staff get paid more than us for the same shift.",
                         "A card at Christmas from the chief exec is not recognition."],
                   "adult_social_care": ["Unpaid time between calls means I earn less than minimum wage some days."]},
        "short": {"*": ["pay", "better pay", "Pay us properly", "a pay rise", "money", "fair pay", "pay rise!!"]},
    },
    "communication": {
        "core": {"*": ["managers who actually listen", "being told about changes before they happen",
                       "better handovers", "a proper team meeting once a month"]},
        "reason": {"*": ["Changes come out by email on the day with no explanation.",
                         "Senior managers never come down to {unit}.",
                         "Important information gets lost between shifts.",
                         "We found out about the restructure on social media.",
                         "Nobody asks the frontline before making decisions."]},
        "short": {"*": ["listen to staff", "better communication", "communication from managers", "listen to us",
                        "be honest with staff"]},
    },
    "discharge_and_transfers": {
        "core": {"*": ["joined-up working between the hospital, social care and housing",
                       "a single referral form for all partners"],
                 "nhs_acute": ["faster care packages so patients aren't stuck waiting for discharge"],
                 "adult_social_care": ["proper notice from the hospital before discharge"],
                 "housing": ["hospitals telling us before someone is discharged to an unsuitable property"],
                 "primary_care": ["discharge letters that arrive before the patient does"]},
        "reason": {"*": ["Patients are stuck waiting for packages of care and everyone blames everyone else.",
                         "I spend hours chasing other services on the phone.",
                         "Last month someone waited {days_n} for a package of care.",
                         "Nobody owns the discharge so everyone chases everyone."],
                   "adult_social_care": ["We get Friday afternoon discharges with no care plan and no medication."]},
        "short": {"*": ["joined up care", "sort out discharge", "delayed discharges"]},
    },
    "parking_and_access": {
        "core": {"*": ["free staff parking", "somewhere to park near work"],
                 "adult_social_care": ["parking permits for community carers"]},
        "reason": {"*": ["Paying {money} a day to come to work is a joke.",
                         "I get parking tickets while I'm doing a visit.",
                         "The staff car park is a 15 minute walk away and not safe at night.",
                         "I was late for {n_small} visits last week circling for a space."]},
        "short": {"*": ["parking", "free parking", "staff parking"]},
    },
    "food": {
        "core": {"*": ["somewhere to heat food and take a proper break"],
                 "nhs_acute": ["hot food for night staff"], "voluntary": ["more fresh food donations"]},
        "reason": {"*": ["The canteen shuts at 7pm and nights live on vending machine crisps.",
                         "The food parcels are mostly tins now."]},
        "short": {"*": ["hot food on nights", "a staff room"]},
    },
    "cleanliness": {
        "core": {"*": ["more cleaning staff", "regular cleaning of communal areas"]},
        "reason": {"*": ["Cleaning hours were cut and it shows.", "Tenants rightly complain about the bin stores."]},
        "short": {"*": ["more cleaners"]},
    },
    "waiting_times": {
        "core": {"*": ["clearing the backlog", "faster assessments"], "nhs_acute": ["more triage capacity in ED"]},
        "reason": {"*": ["People are waiting far too long and we see them deteriorate.",
                         "People wait months for an assessment and end up in crisis.",
                         "Waiting lists are {months} and growing."]},
        "short": {"*": ["waiting lists", "the backlog"]},
    },
    "appointments_booking": {
        "core": {"*": ["a booking system that gives people real appointment slots"],
                 "primary_care": ["a phone system with call-backs", "more appointments released online"],
                 "nhs_acute": ["a booking team that doesn't overbook clinics"]},
        "reason": {"*": ["Reception take abuse at 8.01 every morning when the phones open.",
                         "People ring {count} times just to get through.",
                         "The phone queue is {queue_no} deep by 8.05."]},
        "short": {"*": ["phone system", "the 8am rush"]},
    },
    "repairs_and_housing_conditions": {
        "core": {"housing": ["contractors who turn up when booked", "a proper budget for damp and mould",
                             "a dedicated damp and mould team", "being able to order the right materials first time"]},
        "reason": {"housing": ["Tenants take it out on us when contractors don't show.",
                               "We keep patching mould instead of fixing the ventilation.",
                               "Some repairs need {count} visits because the van never has the parts.",
                               "Half my week is chasing contractors for updates."]},
        "short": {"housing": ["repairs backlog", "damp and mould", "contractors"]},
    },
    "continuity_of_care": {
        "core": {"*": ["keeping the same worker with the same people"],
                 "adult_social_care": ["rotas that let the same carers visit the same clients"],
                 "primary_care": ["named GP lists"]},
        "reason": {"*": ["People get upset when a stranger turns up.",
                         "Cases get passed around and nobody knows the history.",
                         "People have had {count} different workers in a month."]},
        "short": {"*": ["continuity", "same carers"]},
    },
    "staff_attitude": {
        "core": {"*": ["zero tolerance of abuse towards staff", "an end to the blame culture",
                       "being treated with respect by senior managers"]},
        "reason": {"*": ["We get sworn at most days and nothing happens.",
                         "People are scared to raise concerns in case it comes back on them.",
                         "Racist comments from the public get brushed off."],
                   "primary_care": ["Receptionists get screamed at over the desk."]},
        "short": {"*": ["respect", "stop the bullying"]},
    },
    "prescriptions": {
        "core": {"primary_care": ["a pharmacy technician to handle repeat prescriptions"]},
        "reason": {"primary_care": ["The GPs sign hundreds of repeats a day between patients."]},
        "short": {"primary_care": ["help with prescriptions"]},
    },
    "funding_and_cuts": {
        "core": {"voluntary": ["multi-year funding instead of 12-month grants", "core funding, not just projects"]},
        "reason": {"voluntary": ["We spend half the year writing bids instead of helping people.",
                                 "Staff leave because every contract ends in March.",
                                 "Our funding ends in {month} and nobody knows if the service carries on."]},
        "short": {"voluntary": ["funding", "secure funding"]},
    },
}
STAFF_OPENINGS = ["", "", "", "", "Honestly, ", "Simple: ", "For me it would be ", "It has to be ",
                  "Definitely ", "One change? ", "Without a doubt "]
STAFF_PREFIXES = ["I love my team.", "Good place to work overall.", "The team is great but morale is low.",
                  "Been here {n_small} years.", "It's a hard job.", "I've worked in {unit} for {tenure}.",
                  "Speaking as one of the {grade}.", "I work nights.", "Part time, {n_small} days a week."]
STAFF_CLOSERS = ["", "", "", " It's not rocket science.", " We say this every survey.",
                 " Then we could do the job we came into it for.", " Otherwise people will keep leaving.",
                 " Nothing ever changes though."]
STAFF_EMPTY = ["N/A", "Not sure", "Nothing, I love my job", "no comment", "-"]
STAFF_PULL = {  # how a staff member's topic pulls their agreement scores down
    "workload_and_wellbeing": {"workload": -1.3, "valued": -0.4}, "pay_and_recognition": {"valued": -1.1},
    "it_systems": {"resources": -1.3}, "staffing_levels": {"workload": -1.0, "resources": -0.6},
    "training_and_development": {"valued": -0.5, "resources": -0.3},
    "staff_attitude": {"safe_to_speak": -1.3, "valued": -0.6}, "communication": {"safe_to_speak": -0.6},
    "funding_and_cuts": {"resources": -1.0, "recommend": -0.3},
}
STAFF_MOOD = {"nhs_acute": 3.0, "primary_care": 3.1, "adult_social_care": 2.8, "housing": 3.0, "voluntary": 3.5}

FIRST_NAMES = ["Sarah", "Priya", "Tom", "Aisha", "James", "Fatima", "Gareth", "Chloe", "Ade", "Siobhan",
               "Kelly", "Dave", "Grace", "Emma", "Jo", "Raj", "Bernie", "Lina"]
LAST_NAMES = ["Patel", "Khan", "Jones", "Williams", "Okafor", "Hughes", "Begum", "Nowak", "Murphy",
              "Taylor", "Ahmed", "Evans", "Clarke", "Singh", "Roberts"]
PII_NAMED = {
    "*": ["{title_name} was amazing.", "{title_name} explained everything.", "Special thanks to {title_name}."],
    "nhs_acute": ["Please pass on our thanks to {title_name} on {ward}."],
    "primary_care": ["{first} on reception sorted it all out."],
    "adult_social_care": ["{first}, one of the carers, is wonderful with {whom}."],
    "housing": ["{first} from the repairs team was brilliant.", "Housing officer {first} {last} was a great help."],
    "voluntary": ["{first} the befriender has been a lifeline."],
}
PII_CONTACT = ["Please ring me on {phone}.", "You can call me on {phone} to discuss.",
               "My email is {email} if someone could get back to me.", "Please reply to {email}."]
PII_NHS = ["My NHS number is {nhs} if you want to look into it.", "(NHS no {nhs})"]
STAFF_PII = ["My manager {first} has been really supportive.", "Happy to talk, ring me on {phone}.",
             "Email me at {email}.", "{title_name} deserves recognition."]
TITLES = ["Nurse {first}", "Dr {last}", "Sister {last}", "Dr {first} {last}", "Mr {last}", "Mrs {last}"]
TYPOS = {"appointment": "apointment", "received": "recieved", "definitely": "definately", "because": "becuase",
         "really": "realy", "waiting": "wating", "their": "there", "nurses": "nurse's", "tablets": "tablet's",
         "separate": "seperate", "explained": "explaind", "receptionist": "receptionest"}
_SLOT = re.compile(r"\{(\w+)\}")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def patient_comments(rng: random.Random, n: int, sector: str) -> list[PatientComment]:
    """Return n synthetic patient or carer comments for an organisation in this sector."""
    _check_sector(sector)
    return [_patient_comment(rng, sector) for _ in range(n)]


def staff_comments(rng: random.Random, n: int, sector: str) -> list[StaffComment]:
    """Return n synthetic staff pulse answers for an organisation in this sector."""
    _check_sector(sector)
    return [_staff_comment(rng, sector) for _ in range(n)]


def nhs_number(rng: random.Random) -> str:
    """Return a fictional NHS number in the 999 test range with a valid modulus 11 check digit."""
    while True:
        digits = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11
        if check != 10:
            number = digits + str(0 if check == 11 else check)
            return f"{number[:3]} {number[3:6]} {number[6:]}" if rng.random() < 0.7 else number


def _check_sector(sector: str) -> None:
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; expected one of {', '.join(SECTORS)}")


def _patient_comment(rng: random.Random, sector: str) -> PatientComment:
    theme = _weighted(rng, PATIENT_THEMES[sector])
    person = _person(rng, sector)
    slots = ChainMap(person, SECTOR_SLOTS[sector], COMMON_SLOTS)
    mood = _weighted(rng, MOOD_BY_SECTOR[sector])
    if mood == "praise":
        good, better = _statement(rng, sector, theme, "praise", slots), _nothing_or_suggestion(rng, sector)
    elif mood == "complaint":
        good, better = _fill(rng, rng.choice(FAINT_PRAISE), slots), _statement(rng, sector, theme, "complaint", slots)
    else:
        good, better = _mixed(rng, sector, theme, slots)
    if rng.random() < 0.03:
        good, better = _add_personal_data(rng, sector, good, better, slots)
    fft = _weighted(rng, FFT_BY_MOOD[mood])
    return PatientComment(fft, _roughen(rng, good), _roughen(rng, better), person["respondent_type"], theme)


def _person(rng: random.Random, sector: str) -> dict:
    if rng.random() >= CARER_SHARE[sector]:
        return {"respondent_type": "patient", "who": "I", "whom": "me", "my": "my"}
    relative = rng.choice(RELATIVES)
    return {"respondent_type": "carer", "who": relative, "whom": relative, "my": relative + "'s"}


def _statement(rng: random.Random, sector: str, theme: str, polarity: str, slots, context: bool = True) -> str:
    """One answer about a theme: sometimes a two-word remark, usually a scene plus a sentence or two."""
    if rng.random() < 0.12:
        return _fill(rng, rng.choice(_options(PATIENT_TEXT[theme]["short_" + polarity], sector)), slots)
    options = _options(PATIENT_TEXT[theme][polarity], sector)
    sentences = rng.sample(options, k=min(len(options), 1 + (rng.random() < 0.25)))
    if context and rng.random() < 0.35:
        sentences.insert(0, rng.choice(CONTEXT[sector]))
    ending = rng.choice(PRAISE_ENDINGS if polarity == "praise" else COMPLAINT_ENDINGS)
    return _fill(rng, " ".join(sentences) + ending, slots)


def _mixed(rng: random.Random, sector: str, theme: str, slots) -> tuple[str, str]:
    """Praise one topic and complain about another, e.g. kind staff but awful parking."""
    others = [t for t in PATIENT_THEMES[sector] if t != theme]
    other = "staff_attitude" if theme != "staff_attitude" and rng.random() < 0.4 else rng.choice(others)
    praised, criticised = (theme, other) if rng.random() < 0.5 else (other, theme)
    good = _statement(rng, sector, praised, "praise", slots, context=False)
    better = _statement(rng, sector, criticised, "complaint", slots)
    if rng.random() < 0.2:
        return f"{good} {rng.choice(MIXED_LINKS)} {_lower_first(better)}", rng.choice(["As above", "See above", ""])
    return good, better


def _nothing_or_suggestion(rng: random.Random, sector: str) -> str:
    roll = rng.random()
    if roll < 0.3:
        return ""
    return rng.choice(_options(SUGGESTIONS, sector)) if roll > 0.88 else rng.choice(NOTHING)


def _add_personal_data(rng: random.Random, sector: str, good: str, better: str, slots) -> tuple[str, str]:
    pii = ChainMap(_personal_details(rng), slots)
    roll = rng.random()
    if roll < 0.4:
        return (_fill(rng, rng.choice(_options(PII_NAMED, sector)), pii) + " " + good).strip(), better
    lines = PII_CONTACT if roll < 0.75 or sector == "housing" else PII_NHS
    contact = _fill(rng, rng.choice(lines), pii)
    keep = better and better not in NOTHING and len(better) > 12
    return good, f"{better} {contact}" if keep else contact


def _personal_details(rng: random.Random) -> dict:
    """Invented names and contact details from ranges reserved for fiction and testing."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    phone = rng.choice(["07700 900{:03d}", "0113 496 0{:03d}", "07700900{:03d}"]).format(rng.randrange(1000))
    email = f"{first}.{last}{rng.choice(['', '', '7', '82'])}@{rng.choice(['example.com', 'example.org'])}"
    title_name = rng.choice(TITLES).format(first=first, last=last)
    return {"first": first, "last": last, "phone": phone, "email": email.lower(), "nhs": nhs_number(rng),
            "title_name": title_name}


def _staff_comment(rng: random.Random, sector: str) -> StaffComment:
    theme = _weighted(rng, STAFF_THEMES[sector])
    slots = ChainMap({"grade_one": rng.choice(SECTOR_SLOTS[sector]["grade"]).rstrip("s")},
                     SECTOR_SLOTS[sector], COMMON_SLOTS)
    if rng.random() < 0.02:
        return StaffComment(_agreement(rng, sector, theme), rng.choice(STAFF_EMPTY), "none")
    change = _staff_change(rng, sector, theme, slots)
    if rng.random() < 0.03:
        pii = ChainMap(_personal_details(rng), slots)
        change = f"{change} {_fill(rng, rng.choice(STAFF_PII), pii)}"
    return StaffComment(_agreement(rng, sector, theme), _roughen(rng, change), theme)


def _staff_change(rng: random.Random, sector: str, theme: str, slots) -> str:
    text = STAFF_TEXT[theme]
    if rng.random() < 0.08:
        return _fill(rng, rng.choice(_options(text["short"], sector)), slots)
    parts = [rng.choice(STAFF_OPENINGS) + rng.choice(_options(text["core"], sector)) + "."]
    if rng.random() < 0.25:
        parts.insert(0, rng.choice(STAFF_PREFIXES))
    if rng.random() < 0.75:
        parts.append(rng.choice(_options(text["reason"], sector)))
    if rng.random() < 0.2:
        other = _weighted(rng, STAFF_THEMES[sector])
        parts.append("Also " + rng.choice(_options(STAFF_TEXT[other]["core"], sector)) + ".")
    return _fill(rng, " ".join(parts) + rng.choice(STAFF_CLOSERS), slots)


def _agreement(rng: random.Random, sector: str, theme: str) -> dict[str, int]:
    mood = rng.gauss(STAFF_MOOD[sector], 0.8)
    pull = STAFF_PULL.get(theme, {})
    return {item: max(1, min(5, round(mood + pull.get(item, 0.0) + rng.gauss(0, 0.6)))) for item in AGREEMENT_ITEMS}


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _options(table: dict[str, list[str]], sector: str) -> list[str]:
    return table.get("*", []) + table.get(sector, [])


def _fill(rng: random.Random, template: str, slots) -> str:
    """Replace {slot} markers (nested up to a few levels) and capitalise each sentence."""
    for _ in range(4):
        if "{" not in template:
            break
        template = _SLOT.sub(lambda match: _pick(rng, slots[match.group(1)]), template)
    return _SENTENCE_START.sub(lambda match: match.group(1) + match.group(2).upper(), template)


def _pick(rng: random.Random, value) -> str:
    if isinstance(value, str):
        return value
    return value(rng) if callable(value) else rng.choice(value)


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _roughen(rng: random.Random, text: str) -> str:
    """Typos, lowercase and missing full stops, as people type on phones."""
    if len(text) < 12:
        return text
    if rng.random() < 0.1:
        text = _typo(rng, text)
    if rng.random() < 0.07:
        text = text.lower()
    if rng.random() < 0.12:
        text = text.rstrip(".")
    return text


def _typo(rng: random.Random, text: str) -> str:
    for word, misspelt in TYPOS.items():
        if f" {word} " in text:
            return text.replace(f" {word} ", f" {misspelt} ", 1)
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if word.isalpha() and len(word) > 4]
    if not candidates:
        return text
    i = rng.choice(candidates)
    j = rng.randrange(1, len(words[i]) - 2)
    words[i] = words[i][:j] + words[i][j + 1] + words[i][j] + words[i][j + 2 :]
    return " ".join(words)
