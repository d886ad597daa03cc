import MeshtopSources
import Testing

struct FederateRefreshBudgetTests {
    private let budget = FederateRefreshBudget(maximumBytes: 50_000_000, maximumSeconds: 5)

    @Test func aRefreshWithinBothLimitsGetsNoAdvice() {
        #expect(budget.advice(bytes: 8_400_000, seconds: 0.4) == nil)
        #expect(budget.advice(bytes: 50_000_000, seconds: 5) == nil)
    }

    @Test func tooManyBytesAdviseQueryModeWithTheMeasurement() {
        #expect(
            budget.advice(bytes: 312_400_000, seconds: 2.04)
                == "federate fetched 312 MB in 2.0 s per refresh — use --prometheus-mode query for a mesh this size"
        )
    }

    @Test func aRefreshSlowerThanTheIntervalAdvisesQueryModeEvenWhenSmall() {
        #expect(
            budget.advice(bytes: 8_449_999, seconds: 9.76)
                == "federate fetched 8.4 MB in 9.8 s per refresh — use --prometheus-mode query for a mesh this size"
        )
    }

    @Test func absurdMeasurementsStillReadAsWordsWithoutTrapping() {
        let advice = budget.advice(bytes: .max, seconds: .infinity)
        #expect(advice?.hasPrefix("federate fetched ") == true)
        #expect(budget.advice(bytes: 1, seconds: .greatestFiniteMagnitude)?.contains(" MB in ") == true)
        #expect(budget.advice(bytes: -5, seconds: -1) == nil)
    }

    @Test func anAnswerOverTheResponseLimitAdvisesQueryMode() {
        #expect(
            FederateRefreshBudget.advice(tooLargeAt: 512 << 20)
                == "federate answer larger than 512 MiB — use --prometheus-mode query for a mesh this size"
        )
    }
}
