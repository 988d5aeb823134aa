"""Rule-based redaction of personal data in free-text feedback.

Feedback is shown to boards and exported, so anything that could identify a
patient, relative or member of staff is swapped for a typed tag such as
``[name]`` or ``[phone]``.  The rules are deliberately plain regular
expressions plus word lists: they are fast, explainable to an information
governance lead, and need no model download.

Everything here is plain Python (standard library only) so the engine can be
used from scripts, notebooks and the web app alike.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["Redactor", "Span", "is_valid_nhs_number", "KINDS", "TAGS"]

KINDS = ("email", "phone", "nhs_number", "postcode", "date_of_birth", "address", "name")

TAGS = {
    "email": "[email]",
    "phone": "[phone]",
    "nhs_number": "[nhs number]",
    "postcode": "[postcode]",
    "date_of_birth": "[date of birth]",
    "address": "[address]",
    "name": "[name]",
}

# When two candidate spans overlap and are equally long, the kind listed
# first wins: structured identifiers are more trustworthy than name guesses.
_SPECIFICITY = {
    kind: rank
    for rank, kind in enumerate(
        ("email", "nhs_number", "date_of_birth", "phone", "postcode", "address", "name")
    )
}


class Span(NamedTuple):
    """One piece of personal data found in a text (``text[start:end]``)."""

    kind: str
    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------


def _words(block: str) -> frozenset[str]:
    # Lists are kept as whitespace-separated blocks so they stay readable.
    return frozenset(block.split())


# Common first names in the UK population, across communities.  Names that
# are also ordinary English words live in _AMBIGUOUS_NAMES instead, because
# "I hope", "Will they call?" and "in May" must survive untouched.
_FIRST_NAMES = _words("""
Olivia Amelia Isla Ava Emily Sophia Sophie Mia Ella Evie Isabella
Isabelle Charlotte Jessica Freya Ellie Chloe Sienna Phoebe Alice Matilda
Harper Emma Sarah Rachel Rebecca Laura Hannah Lucy Katie Kate Claire Clare
Helen Karen Susan Julie Tracey Tracy Nicola Michelle Lisa Angela Jennifer
Elizabeth Margaret Mary Patricia Linda Barbara Jean Joan Joyce Sheila
Pauline Janet Gillian Jane Anne Ann Catherine Kathryn Elaine Denise Wendy
Lorraine Debbie Deborah Amanda Joanne Samantha Gemma Jodie Kelly Stacey Zoe
Natalie Victoria Abigail Megan Bethany Eleanor Jasmine Molly Millie Imogen
Niamh Siobhan Siobhán Aoife Ciara Caitlin Fiona Morag Eilidh Mairi Shona
Kirsty Lindsay Ellen Beth Beverley Sandra Maureen Brenda Doreen Irene
Eileen Edna Doris Dorothy Vera Ethel Betty Nora Norah Valerie Yvonne
Heather Marie Louise Hayley Leanne Kerry Danielle Jade Amy Harriet Rosie
Lydia Naomi Esther Ruth Judith Diane Christine Carole Gail Jacqueline
Oliver George Harry Noah Jack Leo Arthur Oscar Charlie Freddie Alfie Theo
Thomas Tom James Jim Jamie William Henry Joshua Josh Daniel Dan Samuel Sam
Joseph Joe Benjamin Ben Jacob Lewis Ethan Mason Logan Dylan Liam Callum
Connor Ryan Kyle Luke Matthew Matt Andrew Andy David Dave John Michael Mike
Paul Peter Pete Stephen Steven Steve Richard Robert Christopher Chris Gary
Kevin Kev Ian Alan Colin Keith Graham Brian Barry Trevor Derek Roy Kenneth
Ken Gordon Stuart Neil Simon Martin Philip Phil Anthony Tony Gareth Rhys
Dafydd Iwan Owen Euan Ewan Angus Hamish Fraser Craig Darren Wayne Lee Carl
Shaun Sean Declan Ciaran Padraig Niall Eoin Conor Patrick Edward Frederick
Alexander Alex Nathan Adam Aaron Jake Harvey Reece Tyler Kieran Elliot
Elliott Toby Finley Archie Reggie Albert Harold Stanley Walter Norman Dennis
Leonard Geoffrey Malcolm Terry Jeff Graeme Nigel Clive Duncan Hugh Rory
Mohammed Muhammad Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussain Imran
Irfan Asif Tariq Bilal Usman Omar Umar Zain Ayaan Arjun Rohan Raj Rajesh
Ravi Sanjay Amit Anil Vikram Harpreet Gurpreet Manpreet Jaspreet Simran
Kiran Priya Pooja Anjali Sunita Neha Aisha Ayesha Fatima Zainab Maryam
Mariam Noor Amna Sana Saima Nadia Shabana Rukhsana Nasreen Farah Samina
Parveen Deepa Lakshmi Meera Divya Shreya Aarav Vivek Sunil Deepak Rahul
Nikhil Arun Suresh Ramesh Mahesh Ashok Kamal Salma Rubina Shazia Abdul
Rashid Khalid Yusuf Yousef Ibrahim Ismail Idris Hamza Haroon Faisal Waqar
Naveed Shahid Zubair Tahir Rizwan Sajid Jamal Karim Nasir Anwar Rehana
Piotr Pawel Paweł Krzysztof Tomasz Marek Michal Michał Jakub Kacper Mateusz
Łukasz Lukasz Grzegorz Wojciech Agnieszka Katarzyna Kasia Magdalena Magda
Małgorzata Malgorzata Joanna Monika Aleksandra Zofia Marta Ewa Anna Dorota
Beata Justyna Karolina Natalia Andrzej Bartosz Dawid Szymon Oksana Olena
Iryna Andrei Andriy Ioana Elena Mihai Florin Vasile Irina Svetlana Dmitri
Sergei Nikolai Adebayo Adewale Oluwaseun Seun Tunde Babatunde Femi Funmi
Folake Yetunde Bukola Bisi Temitope Tope Chidi Chinedu Chioma Ngozi Nkechi
Emeka Obinna Ifeanyi Uche Kemi Kwame Kofi Kojo Kwesi Akua Abena Efua Esi
Amara Ayo Ayodele Funmilayo Segun Dayo Nneka Adaeze Chukwuma Ebele Ousmane
Ama Mamadou Fatou Aminata Mariama Ibrahima Mahmoud Mustafa Mostafa Youssef
Layla Leila Amira Yasmin Yasmine Rania Huda Hana Nour Hamid Samir Walid
Hussein Fatma Aaliyah Zahra Rana Lina Dina Rami Sami Ziad Bashir Wei Jing
Xin Mei Ling Hao Xiaoming Yifan Zihan Jiahui Yuki Haruto Hiroshi Kenji
Minh Thanh Linh Huong Maria Ana Sofia Carlos Jose José Juan Luis Miguel
Pedro Lucia Giulia Marco Luca Giovanni Francesca Ahmet Mehmet Emre Ayse
Elif Kai Zara Leon Nia Keisha Tanisha Shanice Jermaine Tyrone Marcus
Darnell Andre Desmond Winston Delroy Marcia Claudette Hyacinth
Jo Liz Kath Jen Jess Becky Mandy Trish Nicky Vicky Steph Katy Mel Lou Jackie
Jacqui Kim Tina Tanya Sian Cath Cathy Val Pam Sally Maggie Meg Annie Jenny
Lizzie Abi Abbie Fran Tash Sharon Shirley Julia Carla Paula Angie Edie
Jonny Johnny Danny Tommy Bobby Stu Rick Ricky Fred Ted Stan Wilf Ernie
Len Les Ron Ronnie Vince Jon Jonathan Nicholas Nick Sebastian Hugo Felix
Jasper Rupert Dominic Vincent Julian Roger Adrian Eric Gerald Glen Glenn
Tim Timothy Bernard Cyril Howard Lawrence Laurence Ahmet Sinead Aidan
Arlo Luna Maeve Hallie Ayla Elsie Mila Margot Esme Ada Finn Ezra Albie Jude
Reuben Louie Elijah Musa Yahya Eesa Zayn Aryan Krish Veer Anaya Inaya Aleena
Hafsa Khadija Hira Iqra Zuzanna Lena Hanna Oliwia Filip Antoni Nikola
Chiamaka Adaora Tobi Yaw Abdullahi Xinyi Haoran Martha Lottie Thea Orla
Evelyn Mabel Edith Nancy Beatrice Clara Eliza Hollie Gracie Lola Maisie
Darcie Erin Scarlett Isabel Seth Riley Jenson Ollie Alfred Ralph Frankie
Ellis Joey Jax Ayan Muhammed Aadam Rayan Safa Amaal Ishaan Karan Tanvir
Nasima Rumana Shamima Kulsum Ania Bartek Kuba Zosia Weronika Maja Tymon
Chinonso Ifeoma Olamide Damilola Adeola Kehinde Taiwo Kayode Kwabena Akosua
Yan Hui Jie Duc Anh Trang Giang Sergiu Gheorghe Alina Roxana Andreea Daniela
Cristina Bianca Eva Layla Emilia Elodie Aria Mya Lacey Kayla Demi
Courtney Chantelle Kayleigh Jodie Lauren Amelie Keira Tilly Nell Agnes Edna
Gladys Mildred Marjorie Winifred Hilda Elsie Phyllis Muriel Sylvia
Audrey Rita Kathleen Bridget Maureen Theresa Teresa Bernadette Colleen
Ronan Cillian Oisin Tadhg Fionn Cormac Seamus Donal Eamon Fergus Gregor
Alasdair Murdo Calum Lachlan Iain Ruaridh Cerys Seren Carys Bethan Gwen
Elin Manon Rhian Owain Gethin Huw Ieuan Emrys Nasir Faiza Sumaira Tahira
Bushra Uzma Asma Sadia Humaira Shaheen Razia Sakina Jameela Habiba Bilquis
Mukhtar Arif Nadeem Wasim Shakeel Javed Aslam Akram Qasim Zahid Tanveer
Harjit Kuldip Jaswinder Balvinder Rajinder Sukhdev Parminder Navdeep
Amarjit Gurdeep Inderjit Mandeep Hardeep Hemant Nitin Pankaj Sandeep
Manoj Prakash Dinesh Girish Kishore Pradeep Rakesh Sachin Ajay Vijay
Asha Geeta Gita Rekha Usha Kavita Nisha Seema Shanti Jyoti Komal Poonam
Sushila Hansa Bhavna Hina Rabia Zoya Mehreen Nabila Shabnam Tasnim
Rahim Rafiq Shafiq Habib Jalal Mizanur Mahbub Shahida Rokeya Momena
Agata Alicja Barbara Danuta Elzbieta Grazyna Halina Iwona Jadwiga Krystyna
Urszula Wanda Zbigniew Stanislaw Jerzy Janusz Ryszard Tadeusz Waldemar
Adrianna Gabriela Klaudia Patrycja Sylwia Ewelina Paulina Milena Damian
Adrian Sebastian Rafal Artur Dariusz Mariusz Sławomir Przemek Bogdan
Olga Tatiana Yulia Anastasia Vladimir Oleksandr Taras Petro Darius
Ikechukwu Chibuike Chiamaka Ebere Uchenna Olumide Oluwaseyi Oluwatobi
Adebola Adesuwa Osaro Efosa Osagie Abimbola Titilayo Ronke Lola Jumoke
Kwadwo Kwaku Kofi Abena Adwoa Afua Yaa Nii Ekow Fiifi Esinam Selorm
Abdi Abdirahman Hodan Hibo Faduma Ayaan Warsame Ahmedou Aissatou Moussa
Yousif Hamada Nabil Tarek Tamer Hazem Ayman Khaled Mariam Reem Dalia Noura
Soraya Shirin Parisa Reza Mehdi Ali Dariush Behrouz Farid Kamran
Hyun Jisoo Minji Sakura Aiko Hiro Kenta Takumi Li Xiu Ying Qing
Zhen Feng Yong Bao Lei Tuan Quang Hoa Nhung Phuong Tien
""")

# First names that double as everyday words or places.  Only redacted after
# a title/cue, or when a known surname follows ("Will Smith").
_AMBIGUOUS_NAMES = _words("""
Hope Grace Faith Joy Will Mark Bill Rose May June Sue Pat Dawn Amber Summer
Rich Frank Ernest Victor Carol Holly Ivy Iris Lily Ruby Daisy Ray Bob Rob
Art Gene Guy Sandy Jay Al Ed Dean Autumn April Olive Pearl Crystal Cherry
Violet Hazel Robin Sky Skye Sunny Rusty Patience Prudence Honor Honour
Constance Charity Mercy Blessing Precious Comfort Gift Princess Max Penny
Jordan Georgia Chelsea India Florence Paris Miles Chase Hunter Norm Nan
Reading Brook Brooke Heath Scott Ross Drew Harley Rowan Ash Angel Star
Willow Nana Ping Jun Teddy Sonny Dev Lan Nova Aurora Bonnie Page Sage River
Storm Raven Lily Poppy Misty Sunshine Melody Harmony Liberty Destiny Justice
""")

_SURNAMES = _words("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris
Clarke Clark Patel Jackson Wood Turner Martin Cooper Morris Moore King Baker
Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett
Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Grey Mason Ali
Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd
Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Brooks Lawrence Cole Atkinson
Bradley Spencer Gill Dawson Burton O'Brien Watts Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Marsh Riley Dunn Woods Parsons Berry Reid Holland Hawkins
Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Gardner Shah
Dodd Bishop O'Connor Lawson Mahmood Chaudhry Iqbal Akhtar Rahman Islam Uddin
Miah Hossain Sharma Kumar Gupta Mistry Joshi Mehta Desai Chauhan Sandhu
Dhillon Bains Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik
Kamiński Kaminski Lewandowski Zieliński Zielinski Szymański Kaczmarek Okafor
Okonkwo Adeyemi Adebayo Mensah Owusu Boateng Asante Osei Appiah Danso Nwosu
Eze Obi Ogunleye Balogun Afolabi Abubakar Diallo Bah Sesay Kamara Conteh
Wang Zhang Liu Chen Yang Huang Zhao Zhou Nguyen Tran Pham Wong Chan
Cheung Lam Tang Ahmadi Hosseini Haddad Mansour Saleh Nasser Farah Hassan
Abdullah Rahimi Yilmaz Kaya Demir Garcia Rodriguez Fernandez Lopez Martinez
Silva Santos Costa Pereira Rossi Russo O'Neill Byrne Doyle Gallagher Quinn
McDonald MacDonald McLean Macleod MacLeod Fraser Sinclair Ferguson Nicholson
Greenwood Schofield Sutcliffe Hargreaves Hirst Lister Ackroyd Haigh Bibi
Akhtar Sheikh Malik Qureshi Butt Mirza Chowdhury Begum Das Bose Reddy Nair
Menon Pillai Iyer Rao Shetty Ogunbiyi Adeleke Oyelaran Olawale Okoro Nnamdi
""")

# Role/title words that introduce a name: "Dr Patel", "nurse Sarah".
# Longer phrases first so "nurse practitioner Jo" keeps the whole title.
_TITLES = (
    "support worker",
    "social worker",
    "housing officer",
    "nurse practitioner",
    "health visitor",
    "staff nurse",
    "charge nurse",
    "healthcare assistant",
    "care assistant",
    "care coordinator",
    "key worker",
    "ward manager",
    "occupational therapist",
    "speech therapist",
    "physiotherapist",
    "therapist",
    "pharmacist",
    "dentist",
    "professor",
    "consultant",
    "councillor",
    "paramedic",
    "receptionist",
    "registrar",
    "midwife",
    "matron",
    "surgeon",
    "doctor",
    "sister",
    "nurse",
    "carer",
    "physio",
    "prof",
    "mrs",
    "ms",
    "mr",
    "mx",
    "dr",
    "hca",
    "sir",
    "dame",
    "rev",
    "reverend",
    "drs",
    "doctors",
    "nurses",
    "paramedics",
    "carers",
    "midwives",
    "physios",
)
_TITLE_WORDS = frozenset(w for t in _TITLES for w in t.split()) | {"miss"}

# Phrases after which the next capitalised word is a person's name.
_CUES = (
    "my name is",
    "my name's",
    "name is",
    "big thanks to",
    "thank you to",
    "thanks to",
    "thank you",
    "thanks",
    "thank",
    "shout out to",
    "shout-out to",
    "ask for",
    "asked for",
    "asking for",
    "spoke to",
    "spoke with",
    "speak to",
    "speaking to",
    "talked to",
    "talked with",
    "seen by",
    "treated by",
    "looked after by",
    "cared for by",
    "helped by",
    "supported by",
    "visited by",
    "called",
    "named",
    "my son",
    "my daughter",
    "my husband",
    "my wife",
    "my partner",
    "my mum",
    "my mother",
    "my dad",
    "my father",
    "my brother",
    "my nan",
    "my gran",
    "my grandad",
    "my grandson",
    "my granddaughter",
    "my friend",
    "my neighbour",
    "my baby",
    "my uncle",
    "my aunt",
    "my niece",
    "my nephew",
    "our son",
    "our daughter",
    "our baby",
)
_GRATITUDE_CUES = frozenset(c for c in _CUES if c.startswith(("thank", "big thanks", "shout")))

# "I called Leeds General" uses "called" as a verb, not as a naming cue.
_CALLED_AS_VERB = _words(
    "i we they you he she it and then had have has i've we've they've nobody someone nurse staff"
)

# Words that look like names (capitalised) but never are, in this domain.
_INSTITUTION_WORDS = _words("""
Ward Wards Unit Department Dept Team Service Services Clinic Clinics Centre
Center Hospital Hospitals Infirmary Trust Practice Surgery Reception
Pharmacy Desk Office Station Board Building Wing House Suite Lounge Theatre
Theatres Block Floor Room Bay Annexe Campus Lab Laboratory Outpatients
Inpatients Maternity Oncology Cardiology Radiology Physiotherapy Emergency
Hospice Home Court Road Street Lane Avenue Close Drive Way Medical
Health Care Primary Community Partnership Foundation School College
University Library Church Mosque Temple Gurdwara Park Curie
""")

_STOPWORDS = (
    _words("""
The A An I It He She They We You His Her Their Our My Your Its Me Him Them
Was Is Were Are Be Been Has Had Have Do Does Did And But Or Nor So Yet On In
At To For With From Of By Up Out Off Over Into Onto After Before About
Who What When Where Why How Which This That These Those There Here Then
Very Too Also Not No Yes Please Thanks Thank Sorry Hi Hello Dear Regards
All Any Some Every Each Everyone Everybody Someone Somebody Anyone Nobody
Whoever Man Woman Girl Boy Guy Bloke Chap Gentleman Fella Lad Lass
Staff People Patients Patient Family Families Relatives Visitors Today
Tomorrow Yesterday Tonight Morning Afternoon Evening Night Christmas Easter
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December
Practitioner Specialist Manager Lead Assistant Registrar Houseman Student
Trainee Worker Officer Visitor Director Coordinator Administrator Admin
Porter Cleaner Volunteer Chaplain Technician Therapist Pharmacist Dentist
Receptionist Nurses Doctors Carers Consultants Midwives Team General Royal
St Saint Queen King Prince Princess Lord Lady God Jesus Mum Dad Mummy Daddy
Nana Nanna Gran Granny Grandad Grandma Grandpa Auntie Uncle Baby Covid
Leeds Bradford Manchester London Birmingham Liverpool Sheffield Bristol
Newcastle Glasgow Edinburgh Cardiff Belfast York Hull Wakefield Harrogate
Halifax Huddersfield Nottingham Leicester Coventry Derby Sunderland Durham
Kirklees Calderdale Airedale Pinderfields England Britain Scotland Wales
Ireland Europe English British Welsh Scottish Irish Polish Urdu Punjabi
Arabic Bengali Gujarati Curie Macmillan Nightingale Samaritans Mind Age
Great Good Lovely Excellent Brilliant Amazing Fantastic Terrible Poor Awful
Again Just Only Even Still Now Soon Never Always Well Much Many More Most
Number Phone Email Address Name Date Birth Ambulance Triage Urgent Mental
Later Earlier Once Twice Eventually Finally Initially Afterwards Meanwhile
Overnight Whilst While Unfortunately Luckily Thankfully Apparently Sometimes
Paramedics Nurses Doctors Carers Porters Physios Midwives Consultants
Surgeons Volunteers Receptionists Cleaners Managers Students Therapists
Pharmacists Dentists Specialists Practitioners Registrars Matrons Sisters
Frailty Dermatology Neurology Orthopaedics Urology Gynaecology Paediatrics
Haematology Renal Stroke Respiratory Surgical Rheumatology Endoscopy
Audiology Ophthalmology Podiatry Dietetics Phlebotomy Pathology District
Social Council Housing Security Discharge Admissions Dementia Palliative
""")
    | _INSTITUTION_WORDS
)

# Words after a sentence-initial first name that show it is the subject of
# the sentence ("Sarah was lovely") rather than, say, a place name.
_VERBISH = _words("""
was is has had and on at from in did does do were said says told tells
helped helps came comes gave gives made makes took takes went goes always
really kindly explained explains looked looks listened listens called calls
rang rings answered put sorted showed shows treated treats got gets saw sees
checked checks also who will would could can should might must never even
just then stayed sat spent knew knows let brought found kept keeps asked
asks ran runs understood welcomed reassured organised arranged phoned
emailed wrote visited dealt went made couldn't wasn't isn't didn't doesn't
hasn't won't went the & , 's ’s
""")

# ---------------------------------------------------------------------------
# Regular expressions (compiled once)
# ---------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_NAME_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LOW}]+"
    rf"(?:[-'’][{_UP}]?[{_LOW}]+)*"
)
_INITIALS = rf"(?:(?:[{_UP}]\.[ \t]?){{1,3}}[ \t]*|[{_UP}][ \t]+)"

_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

_PHONE = re.compile(
    r"""
    (?<![\w+])
    (?P<prefix>
        (?:\+|00)\s?44\s?(?:\(0\)\s?)?(?:-\s?)?     # international
      | \((?P<area>0\d{2,5})\)\s?                 # (0113) 496 0123
      | (?=0)                                     # national
    )
    (?P<body>\d{1,11}(?:(?:[ \t\u00a0]|[.\-][ \t]?)\d{1,8}){0,4})
    (?!\d)
""",
    re.X,
)
_DIGIT_GROUP = re.compile(r"\d+")

_NHS = re.compile(r"(?<![\w+])(?<!\d[ -])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w]|[ -]\d)")

_POSTCODE = re.compile(
    r"(?<![\w'’])([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)[ \u00a0]{0,2}"
    r"(\d[ABD-HJLNP-UW-Z]{2})(?![\w'’])",
    re.I,
)
_ORDINALS = {"1": "st", "2": "nd", "3": "rd"}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:\d{4}|'?\d{2})"
_DATE = rf"""(?:
      \d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})
    | \d{{4}}-\d{{2}}-\d{{2}}
    | \d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?(?:\s+{_YEAR})?
    | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?
)(?![\w/])"""
_DOB = re.compile(
    rf"""
    \b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?)
    (?:\s*(?:is|was|[:=\-–]))?[\s:]*(?:the\s+)?
    (?P<date>{_DATE})
""",
    re.X | re.I,
)

_STREET_SUFFIX = (
    r"(?i:street|st|road|rd|avenue|ave|lane|ln|close|drive|way|"
    r"crescent|cres|court|gardens|gdns|grove|place|terrace|"
    r"walk|square|sq|hill|row|mews|green|rise|parade|fold|croft|vale|gate|"
    r"boulevard)"
)
_ADDRESS = re.compile(
    rf"""
    (?<![\w£$.:/-])
    (?:(?i:flat|apartment|apt|unit)\.?\s*\d{{1,4}}[A-Za-z]?,?\s+)?
    \d{{1,4}}[A-Za-z]?(?:\s?[-–]\s?\d{{1,4}}[A-Za-z]?)?,?\s+
    (?:[{_UP}][\w'’.-]*\s+){{1,3}}
    {_STREET_SUFFIX}(?![\w'’])
""",
    re.X,
)


def _alternation(phrases: Iterable[str]) -> str:
    """Regex matching any of ``phrases``, built as a character trie.

    A flat "a|b|c" alternation is retried phrase by phrase at every word
    start; the trie form fails on the first character instead, which makes
    the title and cue scans several times faster.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    for ch in sorted(node, key=lambda c: c == ""):  # longest match first
        if ch == "":
            branches.append("")
            continue
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_pattern(node[ch]))
    if branches == [""]:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


# Titles written short take a full stop ("Dr. Patel"); after a whole word the stop ends a
# sentence ("I saw the practice nurse. Got an appointment"), so no name follows it.
_ABBREVIATED_TITLES = ("prof", "mrs", "ms", "mr", "mx", "dr", "drs", "rev")
_TITLE_RE = re.compile(
    rf"(?<![\w-])(?:(?i:{_alternation(_ABBREVIATED_TITLES)})\.?|"
    rf"(?i:{_alternation(t for t in _TITLES if t not in _ABBREVIATED_TITLES)})|Miss),?[ \t]+"
    rf"(?=(?P<name>{_INITIALS}?{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?))"
)
# A name written in lower case after a title ("dr patel", "nurse o'brien") is taken only
# where a name list knows it: "the nurse said" and "dr will ring" keep their words.
_LOWER_TITLE_RE = re.compile(
    rf"(?<![\w-])(?i:{_alternation(_TITLES + ('miss',))})\.?,?[ \t]+"
    r"(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)"
)
_CUE_RE = re.compile(
    rf"(?<![\w-])(?P<cue>(?i:{_alternation(_CUES)}))[ \t,:]+"
    rf"(?=(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?))"
)
_CAP_WORD = re.compile(rf"(?<![\w'’-]){_NAME_WORD}")
_NAME_WORD_RE = re.compile(_NAME_WORD)
_NEXT_CAP = re.compile(rf"[ \t]+({_NAME_WORD})")
_NEXT_TOKEN = re.compile(r"[ \t]*([,&]|[\w'’]+)")
_CHAIN = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    rf"({_NAME_WORD})"
)
_ROLE_AFTER = re.compile(
    r"[ \t]+(?:on|at|from|in)[ \t]+(?:the[ \t]+)?(?:front[ \t]+desk|reception|"
    r"switchboard|desk|triage|pharmacy|nights|night[ \t]+shift|days|"
    r"day[ \t]+shift|phones?|duty)\b",
    re.I,
)
_POSSESSIVE = ("'s", "’s")
_SENTENCE_END = frozenset(".!?…:;\n")
_OPENERS = frozenset(" \t\"'“‘([*•-–")


# ---------------------------------------------------------------------------
# Public helpers
# ---------------------------------------------------------------------------


def is_valid_nhs_number(digits: str) -> bool:
    """Return True if ``digits`` is a 10-digit NHS number with a valid check.

    Spaces and dashes are ignored.  The check digit is the modulus-11 of the
    first nine digits weighted 10..2; a result of 10 means the number can
    never be issued.

    >>> is_valid_nhs_number("943 476 5919")
    True
    >>> is_valid_nhs_number("9434765918")
    False
    """
    compact = digits.replace(" ", "").replace("-", "")
    if len(compact) != 10 or not compact.isascii() or not compact.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(compact[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(compact[9])


# ---------------------------------------------------------------------------
# Detectors: each returns candidate spans; overlaps are resolved later.
# ---------------------------------------------------------------------------


def _find_emails(text: str) -> list[Span]:
    if "@" not in text:
        return []
    return [Span("email", m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]


def _phone_end(m: re.Match) -> int | None:
    """End offset of the longest valid UK number in the match, if any.

    The body regex is greedy, so "0113 496 0123 2 times" first grabs the
    trailing "2"; trailing digit groups are dropped until the digit count
    fits a UK number (10 or 11 digits including the leading 0).
    """
    international = m.group("area") is None and m.group("prefix") != ""
    national = m.group("area") or ""
    if international and not m.group("body").startswith("0"):
        national = "0"  # "+44 7700..." drops the trunk 0; put it back
    best = None
    for g in _DIGIT_GROUP.finditer(m.group("body")):
        national += g.group()
        if len(national) > 11:
            break
        if len(national) >= 10 and national[1] in "1235789":
            best = m.start("body") + g.end()
    return best


def _find_phones(text: str) -> list[Span]:
    if "0" not in text and "+" not in text:
        return []
    spans = []
    for m in _PHONE.finditer(text):
        end = _phone_end(m)
        if end is not None:
            spans.append(Span("phone", m.start(), end, text[m.start() : end]))
    return spans


# Written straight after "NHS number" (or "NHS no."), ten digits are someone's NHS number
# even where the check digit fails: most likely one digit was mistyped.
_NHS_CUE = re.compile(r"\bnhs[ \t]*(?:number|num|no\.?|#)?[ \t]*(?:is|was)?[ \t:#.-]*$", re.I)


def _find_nhs_numbers(text: str) -> list[Span]:
    return [
        Span("nhs_number", m.start(), m.end(), m.group())
        for m in _NHS.finditer(text)
        if is_valid_nhs_number(m.group(1) + m.group(3) + m.group(4))
        or _NHS_CUE.search(text[max(0, m.start() - 24) : m.start()])
    ]


def _find_postcodes(text: str) -> list[Span]:
    spans = []
    for m in _POSTCODE.finditer(text):
        letters = [c for c in m.group() if c.isalpha()]
        # Mixed case ("B2 4th floor") is prose, not a postcode.
        if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
            continue
        inward = m.group(2)
        if inward[1:] == _ORDINALS.get(inward[0], "th"):
            continue  # "B2 4th floor" written in lower case
        spans.append(Span("postcode", m.start(), m.end(), m.group()))
    return spans


def _find_dates_of_birth(text: str) -> list[Span]:
    # Only the date goes: "born on [date of birth]" keeps the sentence
    # readable.
    return [
        Span("date_of_birth", m.start("date"), m.end("date"), m.group("date"))
        for m in _DOB.finditer(text)
    ]


def _find_addresses(text: str) -> list[Span]:
    return [Span("address", m.start(), m.end(), m.group()) for m in _ADDRESS.finditer(text)]


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _is_name_word(word: str) -> bool:
    word = _strip_possessive(word)
    return word not in _STOPWORDS and word.lower() not in _TITLE_WORDS and len(word) > 1


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _trim_name(start: int, name: str) -> Span | None:
    """Keep the leading words of ``name`` that are plausibly a person's name.

    ``name`` may start with initials ("A. Patel"); those stay in the span.
    """
    end = None
    for w in _NAME_WORD_RE.finditer(name):
        if not _is_name_word(w.group()):
            break
        end = w.end() - (2 if w.group().endswith(_POSSESSIVE) else 0)
    if end is None:
        return None
    return Span("name", start, start + end, name[:end])


def _title_names(text: str, known) -> list[Span]:
    spans = []
    for m in _TITLE_RE.finditer(text):
        span = _trim_name(m.start("name"), m.group("name"))
        if span:
            spans.append(span)
    for m in _LOWER_TITLE_RE.finditer(text):
        end = None
        for w in re.finditer(r"[^ \t]+", m.group("name")):
            if not _listed_name(w.group(), known):
                break
            end = w.end() - (2 if w.group().endswith(_POSSESSIVE) else 0)
        if end is not None:
            start = m.start("name")
            spans.append(Span("name", start, start + end, text[start : start + end]))
    return spans


def _listed_name(word: str, known) -> bool:
    """Whether a word written in lower case is a listed first name or surname that is not
    also an everyday word ("will", "hope")."""
    word = _strip_possessive(word)
    if word in _STOPWORDS or word.lower() in _TITLE_WORDS:
        return False
    proper = "".join(part[:1].upper() + part[1:] for part in re.split(r"(?<=['’-])", word))
    for prefix in ("Mc", "Mac"):
        if proper.startswith(prefix) and len(proper) > len(prefix):
            candidates = (proper, prefix + proper[len(prefix)].upper() + proper[len(prefix) + 1 :])
            break
    else:
        candidates = (proper,)
    return any((c in known or c in _SURNAMES) and c not in _AMBIGUOUS_NAMES for c in candidates)


def _cue_names(text: str, known) -> list[tuple[Span, bool]]:
    """Names after cue phrases; the flag says whether the cue was gratitude."""
    found = []
    for m in _CUE_RE.finditer(text):
        cue = " ".join(m.group("cue").lower().split())
        if cue == "called" and not _called_names_someone(text, m, known):
            continue
        span = _trim_name(m.start("name"), m.group("name"))
        # "thanks to Jubilee Ward" thanks a place, not a person.
        if span and not _names_a_place(text, span.end):
            found.append((span, cue in _GRATITUDE_CUES))
    return found


def _called_names_someone(text: str, m: re.Match, known) -> bool:
    before = text[max(0, m.start() - 12) : m.start()].split()
    if not before or before[-1].lower() not in _CALLED_AS_VERB:
        return True
    first = _strip_possessive(_NAME_WORD_RE.match(m.group("name")).group())
    return first in known


def _surname_end(text: str, end: int, strict: bool, known) -> int | None:
    m = _NEXT_CAP.match(text, end)
    if not m:
        return None
    word = _strip_possessive(m.group(1))
    if word in _SURNAMES or (not strict and _is_name_word(word) and word not in known):
        return m.start(1) + len(word)
    return None


def _known_name(text: str, m: re.Match, known, strong) -> Span | None:
    """Judge one capitalised word against the first-name lists."""
    word = _strip_possessive(m.group())
    start, end = m.start(), m.start() + len(word)
    if word in strong:
        return Span("name", start, end, word)
    ambiguous = word in _AMBIGUOUS_NAMES
    if not ambiguous and word not in known:
        return _role_after_name(text, word, start, end)
    if _names_a_place(text, end) or _after_honorific(text, start):
        return None  # "Florence Ward", "St James's", "Queen Elizabeth"
    surname = _surname_end(text, end, ambiguous, known)
    if surname:
        if _names_a_place(text, surname):
            return None  # "William Harvey Hospital", "John Radcliffe Wing"
        return Span("name", start, surname, text[start:surname])
    if ambiguous:
        return None
    if _at_sentence_start(text, start) and not _subject_signal(text, m, end):
        return None
    return Span("name", start, end, word)


def _names_a_place(text: str, end: int) -> bool:
    nxt = _NEXT_TOKEN.match(text, end)
    return nxt is not None and nxt.group(1) in _INSTITUTION_WORDS


def _subject_signal(text: str, m: re.Match, end: int) -> bool:
    # "Sarah's", "Sarah was", "Sarah explained", "Sarah cares": a person.
    nxt = _NEXT_TOKEN.match(text, end)
    nxt_word = nxt.group(1) if nxt else ""
    lower = nxt_word.lower()
    if m.group().endswith(_POSSESSIVE) or lower in _VERBISH:
        return True
    return nxt_word.islower() and (
        lower.endswith("ed") or (lower.endswith("s") and not lower.endswith("ss"))
    )


def _after_honorific(text: str, start: int) -> bool:
    before = text[max(0, start - 9) : start].split()
    return bool(before) and before[-1].rstrip(".") in {
        "St",
        "Saint",
        "Queen",
        "King",
        "Prince",
        "Princess",
        "Lady",
        "Lord",
    }


# Sentence-initial words before "on reception" that are adverbs or groups
# ("Usually on nights", "Volunteers on reception") rather than one person.
_NOT_A_PERSON_ENDINGS = (
    "ly",
    "ing",
    "ers",
    "ists",
    "ors",
    "ants",
    "ents",
    "ies",
    "times",
    "ses",
    "ches",
)


def _role_after_name(text: str, word: str, start: int, end: int) -> Span | None:
    # "Kev on reception": an unknown capitalised word in a staff-role slot.
    if not _ROLE_AFTER.match(text, end) or not _is_name_word(word):
        return None
    if word.lower().endswith(_NOT_A_PERSON_ENDINGS) and _at_sentence_start(text, start):
        return None
    return Span("name", start, end, word)


def _chain(text: str, span: Span, known, open_ended: bool) -> list[Span]:
    """Follow "Emma, Jack and Priya" lists after a confirmed name."""
    extra, end = [], span.end
    while True:
        m = _CHAIN.match(text, end)
        if not m:
            return extra
        word = _strip_possessive(m.group(1))
        if not _is_name_word(word):
            return extra
        if not (word in known or word in _AMBIGUOUS_NAMES or open_ended):
            return extra
        end = m.start(1) + len(word)
        extra.append(Span("name", m.start(1), end, word))


def _find_names(text: str, known, strong) -> list[Span]:
    seeds = [(s, False) for s in _title_names(text, known)]
    seeds += _cue_names(text, known)
    for m in _CAP_WORD.finditer(text):
        span = _known_name(text, m, known, strong)
        if span:
            seeds.append((span, False))
    spans = []
    for span, open_ended in seeds:
        spans.append(span)
        spans.extend(_chain(text, span, known, open_ended))
    return spans


# ---------------------------------------------------------------------------
# Overlap resolution and the public class
# ---------------------------------------------------------------------------


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep the longest (then most specific) of any overlapping spans."""
    if len(spans) < 2:
        return spans
    ordered = sorted(spans, key=lambda s: (s.start - s.end, _SPECIFICITY[s.kind], s.start))
    # Accepted spans never overlap, so sorting them by start also sorts them
    # by end; a bisect finds the only two neighbours that could collide.
    taken: list[Span] = []
    starts: list[int] = []
    for span in ordered:
        i = bisect.bisect_right(starts, span.start)
        if i and taken[i - 1].end > span.start:
            continue
        if i < len(taken) and taken[i].start < span.end:
            continue
        starts.insert(i, span.start)
        taken.insert(i, span)
    return taken


_DETECTORS = {
    "email": _find_emails,
    "phone": _find_phones,
    "nhs_number": _find_nhs_numbers,
    "postcode": _find_postcodes,
    "date_of_birth": _find_dates_of_birth,
    "address": _find_addresses,
}
# Every detector except email and name needs at least one digit, so prose
# without digits (most comments) skips them entirely.
_NEEDS_DIGIT = frozenset(("phone", "nhs_number", "postcode", "date_of_birth", "address"))
_ANY_DIGIT = re.compile(r"\d")


class Redactor:
    """Replace personal data in free text with typed tags.

    Parameters
    ----------
    kinds : sequence of str, default all kinds
        Which identifiers to look for, any of ``"email"``, ``"phone"``,
        ``"nhs_number"``, ``"postcode"``, ``"date_of_birth"``, ``"address"``
        and ``"name"``.
    extra_names : iterable of str, default ()
        Extra names (e.g. a staff list) to redact wherever they appear
        capitalised, on top of the built-in title/cue/first-name rules.

    Notes
    -----
    Detection is rule based: regular expressions for structured identifiers
    and word lists plus context cues for names.  NHS numbers are tagged when
    their modulus-11 check digit is valid, or straight after "NHS number"
    whatever the check digit (a mistyped number is still someone's).  Where matches overlap the
    longest wins, then the more specific kind.

    Names are found after titles and roles ("Sister Jones"), after cue
    phrases ("thanks to Emma") and from a built-in list of about a thousand
    common first names.  A name written in lower case is found after a title
    where a name list knows it ("dr patel"); names in capitals, and unlisted
    names with no title or cue, are not found.

    Examples
    --------
    >>> Redactor().redact("Dr Patel rang me on 07700 900123.")
    'Dr [name] rang me on [phone].'
    >>> Redactor(kinds=("email",)).redact("Dr Patel: a.patel@nhs.net")
    'Dr Patel: [email]'
    """

    def __init__(self, kinds=KINDS, extra_names=()):
        self.kinds = kinds
        self.extra_names = extra_names

    def _name_lists(self):
        # Built lazily (and cached) so __init__ only stores its arguments.
        # Keyed on the parameter objects, so reassigning them is picked up.
        cached = getattr(self, "_cache", None)
        if cached is None or cached[0] is not self.kinds or cached[1] is not self.extra_names:
            kinds = tuple(self.kinds)
            unknown = set(kinds) - set(KINDS)
            if unknown:
                raise ValueError(f"unknown kinds: {sorted(unknown)}")
            strong = frozenset(w for n in self.extra_names for w in str(n).split())
            self._cache = (self.kinds, self.extra_names, kinds, _FIRST_NAMES | strong, strong)
        return self._cache

    def find(self, text: str) -> list[Span]:
        """Return non-overlapping :class:`Span` objects sorted by start."""
        _, _, kinds, known, strong = self._name_lists()
        has_digit = _ANY_DIGIT.search(text) is not None
        spans: list[Span] = []
        for kind in kinds:
            if kind == "name":
                spans += _find_names(text, known, strong)
            elif has_digit or kind not in _NEEDS_DIGIT:
                spans += _DETECTORS[kind](text)
        return _resolve(spans)

    def redact(self, text: str) -> str:
        """Return ``text`` with each identifier replaced by its tag."""
        spans = self.find(text)
        if not spans:
            return text
        parts, pos = [], 0
        for span in spans:
            parts.append(text[pos : span.start])
            parts.append(TAGS[span.kind])
            pos = span.end
        parts.append(text[pos:])
        return "".join(parts)

    def redact_many(self, texts) -> list[str]:
        """Redact every text in an iterable, returning a list."""
        return [self.redact(t) for t in texts]
