"""Planted evaluation sets for the safeguarding screens, written by hand.

Every text was written by the project team from general knowledge of how people
phrase disclosures in feedback forms (patients, carers, social care users, housing
tenants and staff). Nothing here is copied from, or derived from, any real feedback
data set. Spelling slips and missing capitals are deliberate.

``DISCLOSURES`` (each kind to texts that must be flagged with that kind) and
``HARD_NEGATIVES`` (ordinary comments that must not be flagged) live in
`analysis.safeguarding_examples`: the rules were written against them and the semantic
screen is trained on them, so they measure fit, not generalisation.

``FRESH`` was written afterwards by someone who had not seen the rules, and is never
trained on: its recall is the honest estimate on unseen phrasing.
"""

from analysis.safeguarding_examples import DISCLOSURES, HARD_NEGATIVES

__all__ = ["DISCLOSURES", "FRESH", "HARD_NEGATIVES"]

FRESH = {
    "self_harm": [
        "waited 9 hours in A&E after I'd swallowed a load of paracetamol, nobody checked on me",
        "Ive written letters to my kids already. i just need the pain to stop for good",
        "My husband keeps saying he's going to drive into a wall one of these nights",
        (
            "The appointment system is a joke. Three weeks to see anyone. In the meantime "
            "I've gone back to scratching my arms with a razor blade to get through the "
            "nights"
        ),
        "the new meds make me want to kill myself, I told the pharmacist and she just shrugged",
        "our teenager has cuts all up her thighs and the school nurse said it's a phase",
        "i dont think ill still be around by christmas tbh",
        (
            "Mum is 84 and told the carer she has been hoarding her sleeping tablets so she "
            "can 'go quietly'. The agency did nothing."
        ),
        (
            "I stood on the railway platform last week meaning to step off. Still no call "
            "from the team"
        ),
        (
            "Staff on the ward took my belt but left me with the phone charger cable. I used "
            "it on my neck"
        ),
        (
            "keep punching walls and hitting my head till it bleeds, community team "
            "discharged me anyway"
        ),
        "Dont see any point carrying on. Housing keep losing my forms and I've had enough of life",
        "my brother tried to gas himself in the garage and the crisis team said call back monday",
        "I've been planning how I'd do it. I know which tablets and how many.",
        (
            "Paramedics were lovely when they found me after the overdose, but the follow up "
            "never came"
        ),
        (
            "I'm a nurse on nights and honestly I've started thinking my family would cope "
            "fine if I was gone. Occupational health never rang me back."
        ),
        (
            "since the eating disorder service closed my list im starving myself on purpose "
            "to punish me"
        ),
        "wanted to tell the GP I'd thought about suicide but she only had 10 mins and kept typing",
        "Dad keeps saying he'll walk into the sea if they put him in a home",
        "i burn my skin with a lighter when the voices get bad, please dont discharge me",
    ],
    "abuse_or_neglect": [
        "Found Nan in soaking sheets at 11am, the home said they were short staffed again",
        (
            "My father's bank account has been emptied since his nephew moved in to 'look "
            "after' him. He signed papers he doesn't understand."
        ),
        "carer slapped my mum's hand when she was slow eating, I saw it on the video doorbell",
        "The night staff lock residents in their rooms so they don't wander. Nobody gets let out",
        (
            "he had a grade 4 pressure sore by the time he came out of the nursing home, "
            "nobody told us"
        ),
        (
            "Home care visits are meant to be 30 minutes. They're in and out in 5, Mum's not "
            "been washed in a fortnight and her fridge is empty"
        ),
        (
            "my aunt has bruises on both upper arms in a grip shape, the home say she bumped "
            "into a door"
        ),
        "son in law takes her pension every week and she's left with nothing for food or heating",
        "staff in the day centre shout at the residents with dementia and call them names",
        "Given the wrong medication for three days running, care home tried to cover it up",
        (
            "My brother has a learning disability and lives in supported housing. Other "
            "tenants take his money and his food and staff just say he should stand up for "
            "himself"
        ),
        (
            "the carers keep leaving grandad in his chair all night cos they can't be "
            "bothered with the hoist"
        ),
        "left without water on the ward for a whole day, his lips were cracked and bleeding",
        (
            "a neighbour is getting my elderly mum to sign cheques over to him. she's "
            "frightened of him"
        ),
        "Dad came home from respite with a black eye and nobody could say how it happened",
        "she's bedbound and the family she lives with leave her alone for days with no food",
        (
            "residents are sedated so they're easier to manage, my wife sleeps all day since "
            "she went in"
        ),
        (
            "A worker at the home has been touching my sister inappropriately when he does "
            "personal care"
        ),
        "Im 79 and my grandson pushes me around and takes my bank card, I dont know who to tell",
        "they leave him sitting in his own mess for hours. the smell when you walk in is awful",
    ],
    "domestic_violence": [
        "my partner checks my phone every night and wont let me see my friends or family anymore",
        (
            "Receptionist asked why I keep missing appointments. Truth is my husband won't "
            "give me bus fare and takes the car keys so I can't leave"
        ),
        "I told the midwife he kicked me in the stomach while I was pregnant and nothing happened",
        "My ex keeps turning up at the flat and smashing the windows. Housing won't move me",
        "he strangled me until I passed out. I said I fell at A&E because he was stood right there",
        "She controls all the money, I'm not allowed a bank card and she hits me if I argue",
        "my son in his 30s lives with me and punches me when I won't give him money for drink",
        "Partner threatened to kill me if I ever talked to the health visitor about him",
        "please dont send letters to my address, he opens my post and I'll get a beating",
        (
            "The GP was fine I suppose. Didn't ask about the bruises on my face though. He's "
            "been hitting me for two years and I was hoping someone would ask."
        ),
        "my boyfriend locks me in the bedroom when he goes out",
        "ex partner has been following me to work and sending threats, police say its civil",
        "i'm scared to go home after discharge, my husband throws things at me when he's drunk",
        "He pushed me down the stairs and broke my wrist, told the fracture clinic I tripped",
        (
            "Brother in law threatens my sister with a knife when he's angry, she's too "
            "scared to leave"
        ),
        "my wife slaps me and tells me no one would believe a man, I've never told anyone till now",
        "he forces me to have sex when I dont want to and says it's my duty as his wife",
        "Her dad beats her mum in front of them and she keeps going back to him",
        "Mental health worker never asked about home. He was in the room every appointment",
        "my partner says he'll take the kids and I'll never see them if I go to a refuge",
    ],
    "child_at_risk": [
        "The little boy next door is out in the street at 10pm in a nappy most nights",
        (
            "Went to the drop in with my granddaughter. Her mum's new boyfriend has been "
            "leaving marks on her, she flinches when anyone lifts a hand"
        ),
        "my 13 yr old is being picked up by older men in cars and comes home with new phones",
        "The kids in flat 4 never seem to have food, they come knocking asking for bread",
        "my stepdad comes in my room at night and I dont like it. im 14",
        (
            "Health visitor has not been out in months. Baby has had a nappy rash that's "
            "bleeding and mum is using again, I'm really worried about him"
        ),
        (
            "toddler had a broken arm and the parents' story kept changing, nobody in A&E "
            "seemed bothered"
        ),
        "her dad hits her with a belt when she gets bad marks, she told the school nurse last term",
        "Kids are left alone for days while mum is out, the eldest is 8 and looks after the baby",
        "my niece is 15 and her 'boyfriend' is 26, he gives her drugs and the family don't care",
        "The children are living in a flat full of black mould and dog mess, landlord ignores it",
        "a man on the childrens ward was taking photos of the kids in the play room",
        "Baby came in with bruises on his face and he's not even crawling yet",
        "the mum shakes the baby when he won't stop crying, I've seen it at the bus stop",
        "My son gets made to deliver packages for older lads, he's 12 and they threaten him",
        "she's 11 and has been self-harming since her uncle moved in. CAMHS waiting list is a year",
        "The girl is never at school, she's at home caring for her mum who drinks all day",
        (
            "Paramedic was very good with my dad. But while we were there I noticed the kids "
            "next door were in the garden in the cold with no coats or shoes for hours"
        ),
        "young lad turns up at the GP on his own with cigarette burns on his arms",
        "my friends dad sends her messages that arent right for a kid, shes only 12",
    ],
    "staff_threat": [
        "The nurse said if I pressed the buzzer again she'd make sure I didn't get my painkillers",
        (
            "Complained about the wait in outpatients. The consultant then said he'd "
            "remember me and I could whistle for my operation"
        ),
        "one of the healthcare assistants squeezed my wrist hard and said keep your mouth shut",
        "Housing officer told me if I keep complaining he'll get me evicted, he knows people",
        "care worker said if I tell my daughter about her she'll leave me on the floor next time",
        "the porter pinned me against the wall in the lift and said I was a waste of space",
        "I'm frightened of the night nurse. She said she'd section me if I kept asking questions",
        "Ambulance crew member grabbed my arm roughly and threatened to leave me at the roadside",
        "the support worker keeps texting me late at night asking to come round, it scares me",
        (
            "Staff member on the mental health ward said he'd put me in seclusion for a week "
            "if I complained"
        ),
        "GP receptionist said she'd strike me off and tell every other practice I was violent",
        "a security guard in A&E punched my son in the ribs while he was held down",
        "the carer tells mum she'll put her in a home if she reports anything",
        "Doctor on the ward leaned over me and said you'll regret writing that complaint",
        (
            "Physio was rough, shouted at me in front of everyone, and when I said I'd "
            "report it she said accidents happen on the stairs"
        ),
        "a male nurse made sexual comments while I was undressed and said no one would believe me",
        "The manager of the care home warned us that if we complained dad would lose his room",
        "My social worker said if I didnt do what she said I'd never see my kids again",
        (
            "staff hit my brother in the unit and told him to say he fell. he has autism and "
            "cant explain"
        ),
        "the pharmacist shouted he'd knock me out if i came back in asking about my script",
    ],
}
